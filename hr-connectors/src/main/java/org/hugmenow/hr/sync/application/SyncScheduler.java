package org.hugmenow.hr.sync.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.hugmenow.hr.connector.application.HrConnections;
import org.hugmenow.platform.bootstrap.ActiveTenants;
import org.hugmenow.platform.bootstrap.BackgroundWork;
import org.hugmenow.platform.db.TenantData;
import org.hugmenow.platform.tenancy.Tenant;

/**
 * Every minute, on every instance and for every active tenant: recovers runs a crashed instance
 * left behind, and starts the scheduled runs that are due. Claiming a due connection moves its
 * next run on in the same statement, so however many instances tick, each run starts once.
 */
@ApplicationScoped
public class SyncScheduler {

    private static final Duration TICK = Duration.ofMinutes(1);

    @Inject BackgroundWork background;
    @Inject ActiveTenants tenants;
    @Inject TenantData data;
    @Inject HrConnections connections;
    @Inject SyncRunner runner;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        background.every(TICK, this::tick);
    }

    void tick() {
        tenants.each("directory sync schedule", tenant -> {
            runner.recover(tenant.slug());
            startDue(tenant);
        });
    }

    private void startDue(Tenant tenant) {
        Optional<UUID> due;
        while ((due = data.inConnection(tenant.slug(), connections::claimDue)).isPresent()) {
            runner.startScheduled(tenant.slug(), due.get());
        }
    }
}
