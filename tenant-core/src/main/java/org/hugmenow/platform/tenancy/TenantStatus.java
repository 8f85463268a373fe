package org.hugmenow.platform.tenancy;

import java.util.EnumSet;
import java.util.Set;

/**
 * Tenant lifecycle: {@code provisioning → active ⇄ suspended → offboarding → deleted}. A tenant
 * stuck in provisioning can be offboarded too, so a half-made tenant can always be removed.
 * Only an {@link #ACTIVE} tenant serves requests.
 */
public enum TenantStatus {
    PROVISIONING, ACTIVE, SUSPENDED, OFFBOARDING, DELETED;

    public boolean canMoveTo(TenantStatus next) {
        return allowedNext().contains(next);
    }

    private Set<TenantStatus> allowedNext() {
        return switch (this) {
            case PROVISIONING -> EnumSet.of(ACTIVE, OFFBOARDING);
            case ACTIVE -> EnumSet.of(SUSPENDED, OFFBOARDING);
            case SUSPENDED -> EnumSet.of(ACTIVE, OFFBOARDING);
            case OFFBOARDING -> EnumSet.of(DELETED);
            case DELETED -> EnumSet.noneOf(TenantStatus.class);
        };
    }

    public String wireName() {
        return name().toLowerCase();
    }
}
