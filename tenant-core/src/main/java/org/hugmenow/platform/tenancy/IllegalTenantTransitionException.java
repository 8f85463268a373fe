package org.hugmenow.platform.tenancy;

public class IllegalTenantTransitionException extends RuntimeException {
    public IllegalTenantTransitionException(TenantSlug slug, TenantStatus from, TenantStatus to) {
        super("tenant " + slug + " is " + from.wireName() + " and cannot become " + to.wireName());
    }
}
