package org.hugmenow.wellness.insights.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.hugmenow.platform.db.Sql;
import org.hugmenow.wellness.insights.domain.PeriodSums;

/**
 * Rebuilds the check-in copy and the rollups of a tenant from the mood and hug tables, set-based
 * (INSERT ... SELECT ... GROUP BY): a tenant of 10,000 people and millions of check-ins must
 * rebuild in about two minutes, which no row-by-row loop reaches. Runs in the caller's
 * transaction, which must hold the rollups exclusively ({@link RollupLockStore#holdRollups}).
 */
@ApplicationScoped
public class RollupRebuildStore {

    private static final int FETCH = 10_000;

    /**
     * TRUNCATE rather than DELETE: millions of rows go at once without leaving dead tuples, and
     * readers wait for the commit (a rebuild is rare: first start, a new time zone) instead of
     * seeing a half-built state, which MVCC would not show them anyway.
     */
    public void rebuildCheckins(Connection c) throws SQLException {
        // Grouping millions of wide rows: hashing them is several times faster than sorting them
        // (measured), and the planner, misled by set-returning functions' row estimates, would sort.
        // Rebuilds run one at a time per instance (RollupBackfill); SET LOCAL ends with the transaction.
        Sql.update(c, "SET LOCAL work_mem = '256MB'");
        Sql.update(c, "SET LOCAL enable_sort = off");
        Sql.update(c, "TRUNCATE insights_checkin, insights_person_period");
        Sql.update(c, CheckinRollupStore.COPY_ALL_ENTRIES);
        Sql.update(c, "RESET enable_sort");
        sumAllPeriods(c);
    }

    /**
     * Every person's rows of every grain, from the copy, person by person: SQL summed all four grains
     * from one intermediate of four rows per check-in (10 million at 2.5 million check-ins, gigabytes
     * of temporary files, most of the rebuild's time). Here the check-ins stream in person order and
     * each person's sums go out through COPY, a few hundred people at a time.
     */
    private static void sumAllPeriods(Connection c) throws SQLException {
        PersonPeriodCopyStore out = new PersonPeriodCopyStore(c);
        try (PreparedStatement s = c.prepareStatement(CheckinRollupStore.CHECKINS + " ORDER BY person_id")) {
            s.setFetchSize(FETCH);
            try (ResultSet r = s.executeQuery()) {
                PeriodSums person = null;
                while (r.next()) {
                    String personId = r.getString(1);
                    if (person == null || !person.personId().equals(personId)) {
                        if (person != null) {
                            out.add(person.periods());
                        }
                        person = new PeriodSums(personId);
                    }
                    CheckinRollupStore.add(person, r);
                }
                if (person != null) {
                    out.add(person.periods());
                }
            }
        }
        out.finish();
    }

    public void rebuildHugs(Connection c) throws SQLException {
        Sql.update(c, "TRUNCATE insights_hug_period");
        Sql.update(c, String.format(HugRollupStore.COUNT_HUGS, "true", "true"));
    }
}
