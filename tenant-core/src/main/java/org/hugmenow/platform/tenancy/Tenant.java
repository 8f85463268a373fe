package org.hugmenow.platform.tenancy;

import java.time.Instant;
import java.util.UUID;

public record Tenant(UUID id, TenantSlug slug, String name, TenantStatus status, String plan,
                     IdentityHome identityHome, Instant createdAt, String lastError) {

    public Tenant withStatus(TenantStatus next) {
        if (!status.canMoveTo(next)) {
            throw new IllegalTenantTransitionException(slug, status, next);
        }
        return new Tenant(id, slug, name, next, plan, identityHome, createdAt, null);
    }

    public boolean serves() {
        return status == TenantStatus.ACTIVE;
    }
}
