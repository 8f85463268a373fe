package org.hugmenow.billing.subscription.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import org.hugmenow.billing.shared.BillingConfig;
import org.hugmenow.billing.subscription.persistence.SeatStore;
import org.hugmenow.billing.subscription.persistence.SeatSyncStore;
import org.hugmenow.platform.bootstrap.BackgroundWork;
import org.hugmenow.platform.db.PlatformDatabase;
import org.hugmenow.platform.logging.ContextLogger;
import org.hugmenow.platform.refusal.Refusal;
import org.hugmenow.platform.tenancy.TenantSlug;

/**
 * Makes each subscription's quantity follow its tenant's active people, once their changes have
 * been quiet for the debounce. Stripe prorates; a failed call is retried with growing waits and
 * the mark is kept, so a Stripe outage loses no change.
 */
@ApplicationScoped
public class SeatSync {

    private static final ContextLogger LOG = ContextLogger.of(SeatSync.class);
    private static final Duration TICK = Duration.ofSeconds(2);
    private static final Duration LONGEST_WAIT = Duration.ofMinutes(30);
    private static final int BATCH = 20;

    @Inject BillingConfig config;
    @Inject BackgroundWork background;
    @Inject PlatformDatabase database;
    @Inject SeatSyncStore store;
    @Inject SeatStore seats;
    @Inject StripeGateway gateway;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        background.every(TICK, this::tick);
    }

    void tick() {
        if (!config.configured()) {
            return;
        }
        int synced;
        do {
            synced = database.inTransaction(this::syncDue);
        } while (synced == BATCH);
    }

    private int syncDue(Connection c) throws SQLException {
        var due = store.claimDue(c, config.seatDebounce(), BATCH);
        for (SeatSyncStore.Due d : due) {
            follow(c, d);
        }
        return due.size();
    }

    private void follow(Connection c, SeatSyncStore.Due due) throws SQLException {
        int people = (int) Math.max(1, seats.activePeople(new TenantSlug(due.slug())));
        if (due.quantity() != null && due.quantity() == people) {
            store.synced(c, due.tenantId(), due.quantity(), people, "directory");
            return;
        }
        try {
            gateway.setSeats(due.itemId(), people, "seats-" + due.tenantId() + "-" + people + "-" + due.changedAt().toEpochMilli());
            store.synced(c, due.tenantId(), due.quantity(), people, "directory");
        } catch (Refusal stripeDown) {
            int attempts = due.attempts() + 1;
            Duration wait = backoff(attempts);
            store.failed(c, due.tenantId(), attempts, Instant.now().plus(wait), stripeDown.getMessage());
            LOG.info("seats of " + due.slug() + " not yet billed (attempt " + attempts + "), retrying in " + wait.toSeconds() + " s");
        }
    }

    /** 5 s, 10 s, 20 s … up to half an hour. */
    static Duration backoff(int attempts) {
        long seconds = 5L << Math.min(attempts - 1, 20);
        return seconds > LONGEST_WAIT.toSeconds() ? LONGEST_WAIT : Duration.ofSeconds(seconds);
    }
}
