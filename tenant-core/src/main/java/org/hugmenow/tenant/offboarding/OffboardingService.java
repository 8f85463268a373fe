package org.hugmenow.tenant.offboarding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.hugmenow.platform.bootstrap.BackgroundWork;
import org.hugmenow.platform.bootstrap.UnfinishedWork;
import org.hugmenow.platform.config.TenantCoreConfig;
import org.hugmenow.platform.logging.ContextLogger;
import org.hugmenow.tenant.identity.RealmAdministration;
import org.hugmenow.tenant.offboarding.persistence.TenantExportStore;
import org.hugmenow.platform.tenancy.TenantJournal;
import org.hugmenow.platform.db.TenantSchemas;
import org.hugmenow.platform.tenancy.Tenant;
import org.hugmenow.platform.tenancy.TenantRepository;
import org.hugmenow.platform.tenancy.TenantSlug;
import org.hugmenow.platform.tenancy.TenantStatus;

/**
 * Offboarding: export to a zip, drop the schema, delete the realm, then mark deleted. The
 * export always comes first and each step is journaled and audited, so a retry after a crash
 * never drops data that was not exported.
 */
@ApplicationScoped
public class OffboardingService implements UnfinishedWork {

    private static final ContextLogger LOG = ContextLogger.of(OffboardingService.class);
    private static final String EXPORT = "offboard:export";
    private static final String DROP_SCHEMA = "offboard:drop-schema";
    private static final String DELETE_REALM = "offboard:delete-realm";

    @Inject TenantCoreConfig config;
    @Inject TenantRepository tenants;
    @Inject TenantJournal journal;
    @Inject TenantSchemas schemas;
    @Inject RealmAdministration realms;
    @Inject TenantExportStore exportStore;

    @Inject BackgroundWork background;

    /** Marks the tenant offboarding; the export starts once the grace period has passed (see runSteps). */
    public Tenant begin(Tenant tenant, String actor) {
        Tenant offboarding = tenant.withStatus(TenantStatus.OFFBOARDING);
        if (!tenants.transition(tenant, offboarding)) {
            throw new org.hugmenow.platform.tenancy.IllegalTenantTransitionException(
                    tenant.slug(), tenant.status(), TenantStatus.OFFBOARDING);
        }
        journal.audit(offboarding, "tenant.offboard", actor, null);
        return offboarding;
    }

    public void resume(TenantSlug slug) {
        background.submit(() -> runSteps(slug));
    }

    /** Runs the remaining steps of every tenant that is offboarding (those still in their grace period wait). */
    @Override
    public void resumeUnfinished() {
        for (Tenant tenant : tenants.findByStatus(TenantStatus.OFFBOARDING)) {
            runSteps(tenant.slug());
        }
    }

    public boolean runSteps(TenantSlug slug) {
        Optional<AutoCloseable> lock = schemas.tryLock(slug);
        if (lock.isEmpty()) {
            return false;
        }
        try (AutoCloseable held = lock.get()) {
            Tenant tenant = tenants.findBySlug(slug).orElseThrow();
            if (tenant.status() != TenantStatus.OFFBOARDING) {
                return false;
            }
            if (tenants.secondsInStatus(slug) < config.offboardingGraceSeconds()) {
                // Every instance must have stopped admitting the tenant (issuer cache) and its last
                // requests must have finished, or rows written after the export would be dropped.
                return false;
            }
            Set<String> done = journal.completedSteps(tenant.id());
            if (!done.contains(EXPORT)) {
                Path zip = new TenantExporter().export(tenant, exportStore,
                        realms.users(tenant.identityHome().keycloakUrl(), tenant.identityHome().realm()), config.exportDir());
                finish(tenant, EXPORT, "file=" + zip.getFileName());
            }
            if (!done.contains(DROP_SCHEMA)) {
                schemas.dropSchema(tenant.slug());
                finish(tenant, DROP_SCHEMA, null);
            }
            if (!done.contains(DELETE_REALM)) {
                realms.deleteRealm(tenant.identityHome().keycloakUrl(), tenant.identityHome().realm());
                finish(tenant, DELETE_REALM, null);
            }
            if (!tenants.transition(tenant, tenant.withStatus(TenantStatus.DELETED))) {
                throw new IllegalStateException("tenant " + slug + " changed status during offboarding");
            }
            journal.audit(tenant, "tenant.deleted", "system", null);
            return true;
        } catch (Exception e) {
            LOG.warn("offboarding of tenant " + slug + " stopped; it will be retried", e);
            tenants.recordError(slug, "offboarding stopped: " + e.getClass().getSimpleName());
            return false;
        }
    }

    private void finish(Tenant tenant, String step, String detail) {
        journal.completeStep(tenant.id(), step);
        journal.audit(tenant, step, "system", detail);
    }
}
