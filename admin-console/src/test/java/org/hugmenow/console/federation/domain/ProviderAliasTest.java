package org.hugmenow.console.federation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.hugmenow.tenant.identity.IdentityBrokering.Protocol;
import org.junit.jupiter.api.Test;

class ProviderAliasTest {

    @Test
    void aliasesAreMadeFromDisplayNamesAndCheckedStrictly() {
        assertEquals(Optional.of("contoso-entra-id"), ProviderAlias.from("Contoso Entra ID"));
        assertEquals(Optional.of("munchen-adfs"), ProviderAlias.from("  München – ADFS! "));
        assertEquals(Optional.empty(), ProviderAlias.from("!!!"));
        assertEquals(40, ProviderAlias.from("x".repeat(60)).orElseThrow().length());
        assertTrue(ProviderAlias.valid("okta-1"));
        assertFalse(ProviderAlias.valid("Okta"));
        assertFalse(ProviderAlias.valid("-okta"));
        assertFalse(ProviderAlias.valid("okta/../admin"));
        assertFalse(ProviderAlias.valid(null));
    }

    @Test
    void vendorDefaultsCanBeOverriddenAndOptionalClaimsCleared() {
        ClaimMapping entra = Vendor.ENTRA_ID.defaults(Protocol.SAML);
        assertTrue(entra.email().endsWith("/claims/emailaddress"));
        ClaimMapping changed = entra.overriddenBy(new ClaimMapping("mail", null, " ", "dept", ""));
        assertEquals("mail", changed.email());
        assertEquals(entra.firstName(), changed.firstName(), "null keeps the default");
        assertEquals(entra.lastName(), changed.lastName(), "blank keeps a required one");
        assertEquals("dept", changed.department());
        assertEquals(null, changed.groups(), "blank clears an optional one");
        assertEquals(4, changed.attributeMappings().size());
        assertTrue(new ClaimMapping("a\u0000", "b", "c", null, null).problem().isPresent());
        assertEquals("given_name", Vendor.OKTA.defaults(Protocol.OIDC).firstName());
    }
}
