package org.hugmenow.wellness.insights.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hugmenow.platform.outbox.OutboxConsumer;
import org.hugmenow.platform.outbox.OutboxEvent;
import org.hugmenow.platform.tenancy.TenantSlug;
import org.hugmenow.wellness.insights.domain.Grain;
import org.hugmenow.wellness.insights.persistence.CheckinRollupStore;
import org.hugmenow.wellness.insights.persistence.InsightsChangeStore;
import org.hugmenow.wellness.insights.persistence.MembershipStore;
import org.hugmenow.wellness.insights.persistence.RollupReadStore;
import org.hugmenow.wellness.insights.persistence.CheckinRollupStore.GrainPeriod;
import org.hugmenow.wellness.insights.persistence.RollupLockStore;
import org.hugmenow.wellness.mood.application.CheckInEvents;

/**
 * Keeps the check-in copy and the person × period sums incrementally: a changed check-in is copied
 * afresh and only its author's periods that contain its old or new day are recomputed (at most
 * eight rows), from the copy. Idempotent and order-free: it always applies the current state.
 * A check-in older than everything insights knows of its author's membership dates that history
 * back to it (as {@link MembershipStore#reconcile} does for a person seen for the first time).
 */
@ApplicationScoped
public class CheckInProjector implements OutboxConsumer {

    @Inject CheckinRollupStore checkins;
    @Inject RollupLockStore locks;
    @Inject MembershipStore members;
    @Inject InsightsChangeStore changes;
    @Inject RollupReadStore reads;

    Clock clock = Clock.systemUTC();

    @Override
    public String type() {
        return CheckInEvents.CHANGED;
    }

    @Override
    public Optional<Instant> handle(TenantSlug tenant, Connection c, OutboxEvent event) throws SQLException {
        CheckInEvents.Change change = CheckInEvents.parse(event.payload());
        locks.hold(c, "checkins/" + change.personId());
        if (change.entryId() == null) {
            checkins.resyncPerson(c, change.personId());
            changes.raise(c);
            return Optional.empty();
        }
        Set<GrainPeriod> periods = new LinkedHashSet<>();
        List<LocalDate> days = checkins.copyEntry(c, change.entryId());
        if (!days.isEmpty() && members.startsAfter(c, change.personId(), Collections.min(days))) {
            // Rare (a back-dated check-in), so the tenant-wide membership lock is taken only then.
            locks.hold(c, "members");
            members.reachBackTo(c, change.personId(), Collections.min(days));
        }
        if (!days.isEmpty() && Collections.min(days).isBefore(LocalDate.now(clock.withZone(reads.timeZone(c))))) {
            // A day before today lies in a closed period (a period that holds today is still open).
            changes.raise(c);
        }
        for (LocalDate day : days) {
            for (Grain grain : Grain.values()) {
                periods.add(new GrainPeriod(grain, grain.periodOf(day)));
            }
        }
        checkins.recompute(c, change.personId(), periods);
        return Optional.empty();
    }
}
