package org.hugmenow.console.signin.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class EmailDomainTest {

    @Test
    void takesTheDomainOfAnAddressInLowerCase() {
        assertEquals(Optional.of(new EmailDomain("acme.example")), EmailDomain.parse("  Ada.Lovelace@ACME.example "));
        assertEquals(Optional.of(new EmailDomain("eu.acme.example")), EmailDomain.parse("eu.acme.example"));
    }

    @Test
    void refusesWhatIsNoDomain() {
        for (String typed : new String[] {null, "", "acme", "ada@", "ada@acme", "ada@acme..example", "ada@-acme.example",
                "ada@acme.example/x", "ada@acme.exa mple", "<script>@x.example"}) {
            assertTrue(EmailDomain.parse(typed).isEmpty(), String.valueOf(typed));
        }
        assertThrows(IllegalArgumentException.class, () -> new EmailDomain("Not A Domain"));
    }
}
