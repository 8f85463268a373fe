package org.hugmenow.platform.bootstrap;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import org.hugmenow.platform.config.TenantCoreConfig;
import org.hugmenow.platform.db.PlatformDatabase;
import org.hugmenow.platform.db.SchemaMigrator;
import org.hugmenow.platform.db.TenantAvailability;
import org.hugmenow.platform.db.TenantMigrationRunner;
import org.hugmenow.platform.db.TenantSchemas;
import org.hugmenow.platform.logging.ContextLogger;
import org.hugmenow.platform.tenancy.TenantRepository;
import org.hugmenow.platform.tenancy.TenantSlug;
import org.hugmenow.platform.tenancy.TenantStatus;

/**
 * Start-up: migrate the platform schema, bring every serving tenant's schema up to date with
 * bounded parallelism (a failing tenant is fenced off, the rest serve), start every
 * {@link StartupTask}, then keep retrying every {@link UnfinishedWork} in the background.
 * Both are found by type: the platform names no tenant feature.
 */
@ApplicationScoped
public class PlatformBootstrap {

    private static final ContextLogger LOG = ContextLogger.of(PlatformBootstrap.class);

    @Inject TenantCoreConfig config;
    @Inject PlatformDatabase database;
    @Inject TenantRepository tenants;
    @Inject TenantAvailability availability;
    @Inject TenantSchemas schemas;
    @Inject Instance<StartupTask> startupTasks;
    @Inject Instance<UnfinishedWork> unfinishedWork;

    @Inject
    BackgroundWork background;

    private ScheduledFuture<?> retries;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        long started = System.nanoTime();
        new SchemaMigrator(getClass().getClassLoader()).migratePlatform(database.platform());
        List<TenantSlug> serving = new ArrayList<>();
        tenants.findByStatus(TenantStatus.ACTIVE).forEach(t -> serving.add(t.slug()));
        tenants.findByStatus(TenantStatus.SUSPENDED).forEach(t -> serving.add(t.slug()));
        try {
            TenantMigrationRunner.Outcome outcome = schemas.migrateBehind(serving, config.migrationThreads());
            outcome.failures().forEach(availability::markUnavailable);
            LOG.info("start-up migrations: " + outcome.tenants() + " tenants, " + outcome.migrated() + " migrated, "
                    + outcome.failures().size() + " failed, in " + (System.nanoTime() - started) / 1_000_000 + " ms");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot read tenant schema versions", e);
        }
        availability.migrationsFinished();
        startupTasks.forEach(StartupTask::start);
        retries = background.every(java.time.Duration.ofSeconds(config.lifecycleRetrySeconds()), this::retryUnfinished);
    }

    private void retryUnfinished() {
        for (UnfinishedWork work : unfinishedWork) {
            try {
                work.resumeUnfinished();
            } catch (RuntimeException e) {
                LOG.warn("lifecycle retry pass failed; next pass in " + config.lifecycleRetrySeconds() + " s", e);
            }
        }
    }

    @PreDestroy
    void stop() {
        if (retries != null) {
            retries.cancel(false);
        }
    }
}
