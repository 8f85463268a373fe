package org.hugmenow.platform.tenancy;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hugmenow.platform.tenancy.TenantRepository.FirstAdmin;

/**
 * What the registry remembers about a tenant's lifecycle: finished steps, audit trail, first admin.
 * It sits beside {@link TenantRepository} because provisioning and offboarding both journal their
 * steps here; neither feature owns it, so neither depends on the other for it.
 */
public interface TenantJournal {

    Set<String> completedSteps(UUID tenantId);

    /** Finished steps of every tenant, in one query, for listings. */
    java.util.Map<UUID, Set<String>> completedStepsOfAll();

    void completeStep(UUID tenantId, String step);

    void audit(Tenant tenant, String action, String actor, String detail);

    List<AuditEntry> auditTrail(UUID tenantId);

    FirstAdmin firstAdmin(UUID tenantId);

    /**
     * Stores the hash of a fresh one-time token, issued by {@code issuedBy}, and returns the
     * token itself; empty once the tenant's first admin has activated, after which no link is issued.
     */
    Optional<String> issueActivation(UUID tenantId, String username, java.time.Duration validFor, String issuedBy);

    /**
     * Marks a token used and claims the tenant's one first-admin activation, atomically; returns
     * the token's tenant, username and issuer only if the token is valid and unused and the
     * tenant's first admin has not activated yet (so a link issued earlier dies with activation).
     */
    Optional<Activation> consumeActivation(String token);

    /** Makes a consumed token usable again, and the activation unclaimed, when what it was consumed for failed. */
    void releaseActivation(String token);

    /** {@code issuedBy} is who asked for the link ("operator:<name>"), or null for links older than that record. */
    record Activation(UUID tenantId, String username, String issuedBy) {
    }

    record AuditEntry(String action, String actor, String detail, java.time.Instant at) {
    }
}
