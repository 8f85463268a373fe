package org.hugmenow.platform.tenancy;

import static org.hugmenow.platform.tenancy.TenantStatus.ACTIVE;
import static org.hugmenow.platform.tenancy.TenantStatus.DELETED;
import static org.hugmenow.platform.tenancy.TenantStatus.OFFBOARDING;
import static org.hugmenow.platform.tenancy.TenantStatus.PROVISIONING;
import static org.hugmenow.platform.tenancy.TenantStatus.SUSPENDED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TenantStatusTest {

    private static final Set<String> ALLOWED = Set.of(
            "PROVISIONING>ACTIVE", "PROVISIONING>OFFBOARDING", "ACTIVE>SUSPENDED", "SUSPENDED>ACTIVE", "ACTIVE>OFFBOARDING",
            "SUSPENDED>OFFBOARDING", "OFFBOARDING>DELETED");

    @Test
    void onlyTheDocumentedLifecycleIsAllowed() {
        for (TenantStatus from : TenantStatus.values()) {
            for (TenantStatus to : TenantStatus.values()) {
                assertEquals(ALLOWED.contains(from + ">" + to), from.canMoveTo(to), from + " -> " + to);
            }
        }
    }

    @Test
    void deletedIsFinal() {
        assertTrue(EnumSet.allOf(TenantStatus.class).stream().noneMatch(DELETED::canMoveTo));
    }

    @Test
    void onlyActiveTenantsServeAndTransitionsAreChecked() {
        Tenant tenant = new Tenant(UUID.randomUUID(), new TenantSlug("acme"), "Acme", PROVISIONING, "standard",
                new IdentityHome("http://127.0.0.1:8180/", "acme"), Instant.now(), "boom");
        assertFalse(tenant.serves());
        Tenant active = tenant.withStatus(ACTIVE);
        assertTrue(active.serves());
        assertEquals(null, active.lastError(), "a successful move clears the last error");
        assertFalse(active.withStatus(SUSPENDED).serves());
        assertThrows(IllegalTenantTransitionException.class, () -> tenant.withStatus(SUSPENDED));
        assertThrows(IllegalTenantTransitionException.class, () -> active.withStatus(PROVISIONING));
    }

    @Test
    void issuerIsKeycloakUrlPlusRealm() {
        IdentityHome home = new IdentityHome("http://127.0.0.1:8180/", "acme");
        assertEquals("http://127.0.0.1:8180/realms/acme", home.issuer());
        assertEquals("http://127.0.0.1:8180/realms/acme/protocol/openid-connect/certs", home.jwksUrl());
    }
}
