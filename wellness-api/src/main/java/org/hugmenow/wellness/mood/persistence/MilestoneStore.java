package org.hugmenow.wellness.mood.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.hugmenow.platform.db.Sql;
import org.hugmenow.wellness.mood.domain.Milestone;

/** Streak milestones reached; each is stored once per person, so it is announced once. */
@ApplicationScoped
public class MilestoneStore {

    public List<Milestone> of(Connection c, String personId) throws SQLException {
        return Sql.list(c, "SELECT days, reached_at FROM streak_milestone WHERE person_id = ? ORDER BY days",
                r -> new Milestone(r.getInt(1), Sql.instant(r, "reached_at")), personId);
    }

    /** True if the person reaches this milestone now, false if they had reached it before. */
    public boolean reach(Connection c, String personId, int days) throws SQLException {
        return Sql.update(c, "INSERT INTO streak_milestone (person_id, days, reached_at) VALUES (?, ?, now())"
                + " ON CONFLICT DO NOTHING", personId, days) > 0;
    }
}
