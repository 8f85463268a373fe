package org.hugmenow.tenant.provisioning.application;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hugmenow.tenant.registry.domain.Tenant;
import org.hugmenow.tenant.registry.domain.TenantRepository.FirstAdmin;

/** What the platform remembers about a tenant's lifecycle: finished steps, audit trail, first admin. */
public interface TenantJournal {

    Set<String> completedSteps(UUID tenantId);

    /** Finished steps of every tenant, in one query, for listings. */
    java.util.Map<UUID, Set<String>> completedStepsOfAll();

    void completeStep(UUID tenantId, String step);

    void audit(Tenant tenant, String action, String actor, String detail);

    List<AuditEntry> auditTrail(UUID tenantId);

    FirstAdmin firstAdmin(UUID tenantId);

    /** Stores the hash of a fresh one-time token and returns the token itself. */
    String issueActivation(UUID tenantId, String username, java.time.Duration validFor);

    /** Marks a token used and returns its tenant and username, if it is valid and unused. */
    Optional<Activation> consumeActivation(String token);

    /** Makes a consumed token usable again, when what it was consumed for failed. */
    void releaseActivation(String token);

    record Activation(UUID tenantId, String username) {
    }

    record AuditEntry(String action, String actor, String detail, java.time.Instant at) {
    }
}
