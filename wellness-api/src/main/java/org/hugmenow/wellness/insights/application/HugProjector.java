package org.hugmenow.wellness.insights.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.hugmenow.platform.outbox.OutboxConsumer;
import org.hugmenow.platform.outbox.OutboxEvent;
import org.hugmenow.platform.tenancy.TenantSlug;
import org.hugmenow.wellness.hug.application.HugEvents;
import org.hugmenow.wellness.insights.persistence.HugRollupStore;
import org.hugmenow.wellness.insights.persistence.InsightsChangeStore;
import org.hugmenow.wellness.insights.persistence.RollupReadStore;
import org.hugmenow.wellness.insights.persistence.RollupLockStore;

/** Keeps delivered-hug counts: a delivered hug recounts its pair's four periods; an erasure recounts the person's. */
@ApplicationScoped
public class HugProjector implements OutboxConsumer {

    @Inject HugRollupStore hugs;
    @Inject RollupLockStore locks;
    @Inject InsightsChangeStore changes;
    @Inject RollupReadStore reads;

    Clock clock = Clock.systemUTC();

    @Override
    public String type() {
        return HugEvents.CHANGED;
    }

    @Override
    public Optional<Instant> handle(TenantSlug tenant, Connection c, OutboxEvent event) throws SQLException {
        HugEvents.Change change = HugEvents.parse(event.payload());
        locks.hold(c, "hugs");
        if (change.hugId() == null) {
            hugs.recountPerson(c, change.personId());
            changes.raise(c);
            return Optional.empty();
        }
        Optional<HugRollupStore.Delivered> hug = hugs.delivered(c, change.hugId());
        if (hug.isPresent()) {
            hugs.recountPair(c, hug.get().senderId(), hug.get().recipientId(), hug.get().day());
            if (hug.get().day().isBefore(LocalDate.now(clock.withZone(reads.timeZone(c))))) {
                changes.raise(c);
            }
        }
        return Optional.empty(); // erased meanwhile: the erasure's own event recounts
    }
}
