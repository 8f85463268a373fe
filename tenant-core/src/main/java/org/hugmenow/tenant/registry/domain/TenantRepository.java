package org.hugmenow.tenant.registry.domain;

import java.util.List;
import java.util.Optional;

/** The tenant registry in the {@code platform} schema. */
public interface TenantRepository {

    /** Inserts a new tenant; returns false if the slug or issuer is already taken. */
    boolean insert(Tenant tenant);

    Optional<Tenant> findBySlug(TenantSlug slug);

    Optional<Tenant> findByIssuer(String issuer);

    List<Tenant> findAll();

    List<Tenant> findByStatus(TenantStatus status);

    void update(Tenant tenant);

    void recordError(TenantSlug slug, String error);
}
