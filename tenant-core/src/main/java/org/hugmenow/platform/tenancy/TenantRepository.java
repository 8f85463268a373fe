package org.hugmenow.platform.tenancy;

import java.util.List;
import java.util.Optional;

/** The tenant registry in the {@code platform} schema. */
public interface TenantRepository {

    /**
     * Inserts a new tenant together with its first admin and the hash of a one-time activation
     * token, atomically; returns false if the slug or issuer is already taken.
     */
    /** Inserts the tenant with its first admin and first activation link, issued by {@code linkIssuer}; false if the slug is taken. */
    boolean insert(Tenant tenant, FirstAdmin firstAdmin, String activationHash, java.time.Instant activationExpiry, String linkIssuer);

    Optional<Tenant> findById(java.util.UUID id);

    /**
     * Moves {@code current} to {@code next} only if the stored status is still that of
     * {@code current}; returns false if another request or instance changed it first.
     */
    boolean transition(Tenant current, Tenant next);

    /** Seconds since the tenant's status last changed. */
    long secondsInStatus(TenantSlug slug);

    record FirstAdmin(String username, String email, String firstName, String lastName) {
    }

    Optional<Tenant> findBySlug(TenantSlug slug);

    Optional<Tenant> findByIssuer(String issuer);

    List<Tenant> findAll();

    List<Tenant> findByStatus(TenantStatus status);

    void recordError(TenantSlug slug, String error);
}
