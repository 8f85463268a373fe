package org.hugmenow.wellness.insights.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import org.hugmenow.tenant.directory.application.DirectoryChanges;
import org.hugmenow.wellness.insights.persistence.InsightsChangeStore;
import org.hugmenow.wellness.insights.persistence.MembershipStore;
import org.hugmenow.wellness.insights.persistence.RollupReadStore;

/**
 * Keeps membership history and the team mirror in step with the directory, dated by the
 * tenant-local day. Callers hold the lock on memberships ({@code RollupLockStore}).
 */
@ApplicationScoped
public class Memberships {

    @Inject MembershipStore store;
    @Inject RollupReadStore reads;
    @Inject InsightsChangeStore changes;

    Clock clock = Clock.systemUTC();

    /** Reconciles what a directory change names: its teams, their people, and the people it names. */
    void apply(Connection c, DirectoryChanges.Change change) throws SQLException {
        if (change.everyone()) {
            everyone(c);
            return;
        }
        Set<String> people = new TreeSet<>(change.people());
        if (!change.teams().isEmpty()) {
            store.reconcileTeams(c, change.teams());
            people.addAll(store.peopleOfTeams(c, change.teams()));
            changes.raise(c);
        }
        people(c, people);
    }

    void everyone(Connection c) throws SQLException {
        store.reconcileTeams(c, null);
        store.reconcile(c, today(c), null);
        changes.raise(c);
    }

    void people(Connection c, Collection<String> personIds) throws SQLException {
        if (!personIds.isEmpty()) {
            store.reconcile(c, today(c), personIds);
            // Team names, start dates and reach-backs reshape closed periods too.
            changes.raise(c);
        }
    }

    private LocalDate today(Connection c) throws SQLException {
        return LocalDate.now(clock.withZone(reads.timeZone(c)));
    }
}
