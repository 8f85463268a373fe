package org.hugmenow.tenant.provisioning.application;

/** A validated request for a new tenant. */
public record NewTenant(String slug, String name, String plan, org.hugmenow.platform.tenancy.TenantRepository.FirstAdmin firstAdmin) {
}
