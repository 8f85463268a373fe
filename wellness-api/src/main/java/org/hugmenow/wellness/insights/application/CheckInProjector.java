package org.hugmenow.wellness.insights.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hugmenow.platform.outbox.OutboxConsumer;
import org.hugmenow.platform.outbox.OutboxEvent;
import org.hugmenow.platform.tenancy.TenantSlug;
import org.hugmenow.wellness.insights.domain.Grain;
import org.hugmenow.wellness.insights.persistence.CheckinRollupStore;
import org.hugmenow.wellness.insights.persistence.CheckinRollupStore.GrainPeriod;
import org.hugmenow.wellness.insights.persistence.InsightsChangeStore;
import org.hugmenow.wellness.insights.persistence.MembershipStore;
import org.hugmenow.wellness.insights.persistence.RollupLockStore;
import org.hugmenow.wellness.insights.persistence.RollupReadStore;
import org.hugmenow.wellness.mood.application.CheckInEvents;

/**
 * Keeps the check-in copy and the person × period sums incrementally: a changed check-in is copied
 * afresh and only its author's periods that contain its old or new day are recomputed (at most
 * eight rows per check-in), from the copy. Idempotent and order-free: it always applies the
 * current state. A backlog is taken a claim at a time ({@link #handleAll}): the same work, set-based,
 * in about ten statements for the whole claim. A check-in older than everything insights knows of
 * its author's membership dates that history back to it (as {@link MembershipStore#reconcile}
 * does for a person seen for the first time).
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
    public boolean handlesBatches() {
        return true;
    }

    @Override
    public Optional<Instant> handle(TenantSlug tenant, Connection c, OutboxEvent event) throws SQLException {
        handleAll(tenant, c, List.of(event));
        return Optional.empty();
    }

    @Override
    public void handleAll(TenantSlug tenant, Connection c, List<OutboxEvent> events) throws SQLException {
        List<CheckInEvents.Change> all = events.stream().map(e -> CheckInEvents.parse(e.payload())).toList();
        locks.holdAll(c, all.stream().map(change -> "checkins/" + change.personId()).collect(Collectors.toCollection(TreeSet::new)));
        boolean closedPeriodChanged = false;
        for (CheckInEvents.Change change : all) {
            if (change.entryId() == null) {
                checkins.resyncPerson(c, change.personId());
                closedPeriodChanged = true;
            }
        }
        Set<UUID> entries = all.stream().map(CheckInEvents.Change::entryId).filter(Objects::nonNull).collect(Collectors.toSet());
        Map<String, List<LocalDate>> days = entries.isEmpty() ? Map.of() : checkins.copyEntries(c, entries);
        if (!days.isEmpty()) {
            reachBack(c, days);
            // A day before today lies in a closed period (a period that holds today is still open).
            LocalDate today = LocalDate.now(clock.withZone(reads.timeZone(c)));
            closedPeriodChanged |= days.values().stream().flatMap(List::stream).anyMatch(day -> day.isBefore(today));
        }
        if (closedPeriodChanged) {
            changes.raise(c);
        }
        Map<String, Set<GrainPeriod>> periods = new HashMap<>();
        days.forEach((person, personDays) -> periods.put(person, periodsOf(personDays)));
        checkins.recompute(c, periods);
    }

    /** Rare (back-dated check-ins), so the tenant-wide membership lock is taken only then. */
    private void reachBack(Connection c, Map<String, List<LocalDate>> days) throws SQLException {
        Map<String, LocalDate> first = members.firstDays(c, days.keySet());
        boolean locked = false;
        for (Map.Entry<String, List<LocalDate>> entry : days.entrySet()) {
            LocalDate earliest = Collections.min(entry.getValue());
            LocalDate known = first.get(entry.getKey());
            if (known != null && known.isAfter(earliest)) {
                if (!locked) {
                    locks.hold(c, "members");
                    locked = true;
                }
                members.reachBackTo(c, entry.getKey(), earliest);
            }
        }
    }

    private static Set<GrainPeriod> periodsOf(List<LocalDate> days) {
        Set<GrainPeriod> periods = new LinkedHashSet<>();
        for (LocalDate day : days) {
            for (Grain grain : Grain.values()) {
                periods.add(new GrainPeriod(grain, grain.periodOf(day)));
            }
        }
        return periods;
    }
}
