package org.hugmenow.wellness.insights.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import org.hugmenow.platform.db.Sql;

/**
 * Transaction-scoped advisory locks that keep rollup writers of one tenant from interleaving. A
 * rebuild holds the tenant's rollups exclusively; incremental writers share them and then lock
 * what they recompute (one person's check-ins, the hugs, the memberships). After taking a lock, a
 * writer's next statements see everything committed before it (read committed), so the last of
 * two writers always recomputes from the latest data.
 */
@ApplicationScoped
public class RollupLockStore {

    private static final String KEY = "hashtext(current_schema()), hashtext(?)";

    public void shareRollups(Connection c) throws SQLException {
        Sql.list(c, "SELECT pg_advisory_xact_lock_shared(" + KEY + ")", r -> null, "insights/rollups");
    }

    public void holdRollups(Connection c) throws SQLException {
        Sql.list(c, "SELECT pg_advisory_xact_lock(" + KEY + ")", r -> null, "insights/rollups");
    }

    /**
     * Several locks of {@link #hold} at once, taken in one order by every caller that takes more
     * than one, so two such callers never wait on each other in a circle.
     */
    public void holdAll(Connection c, Collection<String> whats) throws SQLException {
        shareRollups(c);
        Sql.list(c, "SELECT pg_advisory_xact_lock(hashtext(current_schema()), hashtext('insights/' || w))"
                + " FROM (SELECT w FROM unnest(?::text[]) AS w ORDER BY w) ordered", r -> null, whats);
    }

    /** One of: a person's check-ins ({@code "checkins/" + id}), {@code "hugs"}, {@code "members"}. */
    public void hold(Connection c, String what) throws SQLException {
        shareRollups(c);
        Sql.list(c, "SELECT pg_advisory_xact_lock(" + KEY + ")", r -> null, "insights/" + what);
    }
}
