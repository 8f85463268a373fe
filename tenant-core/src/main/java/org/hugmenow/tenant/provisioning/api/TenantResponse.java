package org.hugmenow.tenant.provisioning.api;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.hugmenow.platform.tenancy.Tenant;

public record TenantResponse(String id, String slug, String name, String status, String plan, String realm,
                             String issuer, Instant createdAt, String lastError, List<String> completedSteps) {

    static TenantResponse of(Tenant tenant, Set<String> steps) {
        return new TenantResponse(tenant.id().toString(), tenant.slug().value(), tenant.name(), tenant.status().wireName(),
                tenant.plan(), tenant.identityHome().realm(), tenant.identityHome().issuer(), tenant.createdAt(),
                tenant.lastError(), steps.stream().sorted().toList());
    }
}
