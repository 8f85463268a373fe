package org.hugmenow.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.hugmenow.platform.tenancy.Tenant;
import org.hugmenow.platform.tenancy.TenantSlug;

/**
 * The tenant of the current request, taken from its verified caller. Request-scoped (a proxy), so
 * it is safe to inject into beans of any scope; a caller without a tenant is refused with 403.
 */
@RequestScoped
public class RequestTenant {

    @Inject
    CallerContext caller;

    public TenantSlug slug() {
        return tenant().slug();
    }

    public Tenant tenant() {
        return caller.tenant();
    }
}
