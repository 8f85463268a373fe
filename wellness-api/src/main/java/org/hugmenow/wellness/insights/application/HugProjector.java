package org.hugmenow.wellness.insights.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.hugmenow.platform.outbox.OutboxConsumer;
import org.hugmenow.platform.outbox.OutboxEvent;
import org.hugmenow.platform.tenancy.TenantSlug;
import org.hugmenow.wellness.hug.application.HugEvents;
import org.hugmenow.wellness.insights.persistence.HugRollupStore;
import org.hugmenow.wellness.insights.persistence.RollupLockStore;

/** Keeps delivered-hug counts: a delivered hug recounts its pair's four periods; an erasure recounts the person's. */
@ApplicationScoped
public class HugProjector implements OutboxConsumer {

    @Inject HugRollupStore hugs;
    @Inject RollupLockStore locks;

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
            return Optional.empty();
        }
        Optional<HugRollupStore.Delivered> hug = hugs.delivered(c, change.hugId());
        if (hug.isPresent()) {
            hugs.recountPair(c, hug.get().senderId(), hug.get().recipientId(), hug.get().day());
        }
        return Optional.empty(); // erased meanwhile: the erasure's own event recounts
    }
}
