package org.hugmenow.wellness.insights.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.hugmenow.platform.bootstrap.BackgroundWork;
import org.hugmenow.platform.db.TenantAvailability;
import org.hugmenow.platform.logging.ContextLogger;
import org.hugmenow.platform.logging.LogContext;
import org.hugmenow.platform.tenancy.Tenant;
import org.hugmenow.platform.tenancy.TenantRepository;
import org.hugmenow.platform.tenancy.TenantStatus;

/**
 * Every hour, on every instance, runs the {@link AlertScan} of every active tenant, one tenant per
 * transaction. For a month already scanned that is the settings row and one indexed lookup per
 * tenant; the scan of a new month (with the audit's purge) runs once however many instances tick.
 */
@ApplicationScoped
public class AlertSchedule {

    private static final ContextLogger LOG = ContextLogger.of(AlertSchedule.class);
    private static final Duration TICK = Duration.ofHours(1);

    @Inject BackgroundWork background;
    @Inject TenantRepository tenants;
    @Inject TenantAvailability availability;
    @Inject AlertScan scan;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        background.every(TICK, this::tick);
    }

    void tick() {
        // Tenant schemas may still lack the insights tables until start-up migrations are done.
        if (!availability.migrationsDone()) {
            return;
        }
        for (Tenant tenant : tenants.findByStatus(TenantStatus.ACTIVE)) {
            if (!availability.isAvailable(tenant.slug())) {
                continue;
            }
            LogContext.tenant(tenant.slug().value());
            try {
                int raised = scan.scan(tenant.slug(), Instant.now());
                if (raised > 0) {
                    LOG.info("insights alert scan raised " + raised + " alert(s)");
                }
            } catch (RuntimeException e) {
                LOG.warn("insights alert scan skipped this tenant: " + e.getClass().getSimpleName());
            } finally {
                LogContext.clear();
            }
        }
    }
}
