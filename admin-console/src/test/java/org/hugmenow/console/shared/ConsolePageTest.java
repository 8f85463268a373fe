package org.hugmenow.console.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConsolePageTest {

    @Test
    void pagesOpenOnlyToTheirRoles() {
        assertTrue(ConsolePage.SCIM_CREDENTIALS.admits(Set.of("it-admin", "employee")));
        assertFalse(ConsolePage.SCIM_CREDENTIALS.admits(Set.of("hr-admin", "employee")));
        assertFalse(ConsolePage.TENANTS.admits(Set.of("it-admin")));
        assertTrue(ConsolePage.TENANTS.admits(Set.of("platform-operator")));
        assertTrue(ConsolePage.HOME.admits(Set.of("employee")));
    }

    @Test
    void anUnlistedPathIsNoPage() {
        assertEquals(Optional.empty(), ConsolePage.at("/console/templates/layout.xhtml"));
        assertEquals(Optional.empty(), ConsolePage.at("/console/it/scim-credentials.xhtml/"));
        assertEquals(Optional.of(ConsolePage.TENANTS), ConsolePage.at("/console/platform/tenants.xhtml"));
    }
}
