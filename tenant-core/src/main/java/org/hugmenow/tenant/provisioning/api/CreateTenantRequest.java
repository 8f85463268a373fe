package org.hugmenow.tenant.provisioning.api;

import org.hugmenow.platform.tenancy.TenantRepository;
import org.hugmenow.tenant.provisioning.application.NewTenant;

public record CreateTenantRequest(String slug, String name, String plan, FirstAdminRequest firstAdmin) {

    public record FirstAdminRequest(String username, String email, String firstName, String lastName) {
    }

    /** Refused (400 with every field error) by the rule the console shares, {@link NewTenant#validated}. */
    NewTenant validated() {
        return NewTenant.validated(slug, name, plan, firstAdmin == null ? null : new TenantRepository.FirstAdmin(
                firstAdmin.username(), firstAdmin.email(), firstAdmin.firstName(), firstAdmin.lastName()));
    }
}
