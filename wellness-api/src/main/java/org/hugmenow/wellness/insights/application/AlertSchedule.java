package org.hugmenow.wellness.insights.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.hugmenow.platform.bootstrap.ActiveTenants;
import org.hugmenow.platform.bootstrap.BackgroundWork;
import org.hugmenow.platform.logging.ContextLogger;

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
    @Inject ActiveTenants tenants;
    @Inject AlertScan scan;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        background.every(TICK, this::tick);
    }

    void tick() {
        tenants.each("insights alert scan", tenant -> {
            int raised = scan.scan(tenant.slug(), Instant.now());
            if (raised > 0) {
                LOG.info("insights alert scan raised " + raised + " alert(s)");
            }
        });
    }
}
