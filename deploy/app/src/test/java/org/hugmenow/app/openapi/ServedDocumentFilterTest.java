package org.hugmenow.app.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class ServedDocumentFilterTest {

    @Test
    void readsTheRolesSentence() {
        assertEquals(List.of("hr-admin", "it-admin"), ServedDocumentFilter.roles("Replace a team.\n\nRoles: hr-admin, it-admin."));
    }

    @Test
    void anySignedInCallerIsAStar() {
        assertEquals(List.of("*"), ServedDocumentFilter.roles("Roles: any signed-in caller (a tenant member or a platform operator)."));
    }

    @Test
    void publicIsNoRole() {
        assertEquals(List.of(), ServedDocumentFilter.roles("Public: no credentials."));
    }

    @Test
    void noSentenceNoRoles() {
        assertNull(ServedDocumentFilter.roles("Something else"));
        assertNull(ServedDocumentFilter.roles(null));
    }
}
