package org.hugmenow.hr.sync.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.hugmenow.hr.connector.application.HrConnections;
import org.hugmenow.platform.bootstrap.BackgroundWork;
import org.hugmenow.platform.db.TenantAvailability;
import org.hugmenow.platform.db.TenantData;
import org.hugmenow.platform.logging.ContextLogger;
import org.hugmenow.platform.logging.LogContext;
import org.hugmenow.platform.tenancy.Tenant;
import org.hugmenow.platform.tenancy.TenantRepository;
import org.hugmenow.platform.tenancy.TenantStatus;

/**
 * Every minute, on every instance and for every active tenant: recovers runs a crashed instance
 * left behind, and starts the scheduled runs that are due. Claiming a due connection moves its
 * next run on in the same statement, so however many instances tick, each run starts once.
 */
@ApplicationScoped
public class SyncScheduler {

    private static final ContextLogger LOG = ContextLogger.of(SyncScheduler.class);
    private static final Duration TICK = Duration.ofMinutes(1);

    @Inject BackgroundWork background;
    @Inject TenantRepository tenants;
    @Inject TenantAvailability availability;
    @Inject TenantData data;
    @Inject HrConnections connections;
    @Inject SyncRunner runner;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        background.every(TICK, this::tick);
    }

    void tick() {
        // Tenant schemas may still lack the sync tables until start-up migrations are done.
        if (!availability.migrationsDone()) {
            return;
        }
        for (Tenant tenant : tenants.findByStatus(TenantStatus.ACTIVE)) {
            if (!availability.isAvailable(tenant.slug())) {
                continue;
            }
            LogContext.tenant(tenant.slug().value());
            try {
                runner.recover(tenant.slug());
                startDue(tenant);
            } catch (RuntimeException e) {
                LOG.warn("directory sync schedule skipped this tenant: " + e.getClass().getSimpleName());
            } finally {
                LogContext.clear();
            }
        }
    }

    private void startDue(Tenant tenant) {
        Optional<UUID> due;
        while ((due = data.inConnection(tenant.slug(), connections::claimDue)).isPresent()) {
            runner.startScheduled(tenant.slug(), due.get());
        }
    }
}
