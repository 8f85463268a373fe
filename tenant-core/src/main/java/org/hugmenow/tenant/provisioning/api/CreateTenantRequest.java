package org.hugmenow.tenant.provisioning.api;

import org.hugmenow.platform.tenancy.TenantRepository;
import org.hugmenow.tenant.provisioning.application.NewTenant;

/** {@code trialDays} (1 to 90) starts the tenant on a premium trial of that length, the operator's choice; left out: no trial. */
public record CreateTenantRequest(String slug, String name, String plan, FirstAdminRequest firstAdmin, Integer trialDays) {

    public record FirstAdminRequest(String username, String email, String firstName, String lastName) {
    }

    /** Refused (400 with every field error) by the rule the console shares, {@link NewTenant#validated}. */
    NewTenant validated() {
        return NewTenant.validated(slug, name, plan, firstAdmin == null ? null : new TenantRepository.FirstAdmin(
                firstAdmin.username(), firstAdmin.email(), firstAdmin.firstName(), firstAdmin.lastName()), trialDays);
    }
}
