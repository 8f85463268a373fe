package org.hugmenow.hr.sync.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.hugmenow.hr.sync.domain.DirectoryConflict;
import org.hugmenow.platform.db.Sql;

/** SQL for the conflict log: one row per source, person and attribute. */
@ApplicationScoped
public class ConflictStore {

    /** Refreshes the row of this source, person and attribute, or adds it. */
    public void record(Connection c, String source, String personId, String attribute, String current, String proposed,
                       String owner, UUID runId) throws SQLException {
        int refreshed = Sql.update(c, "UPDATE directory_conflict SET current_value = ?, proposed_value = ?, owner = ?, run_id = ?,"
                + " seen_at = now() WHERE source = ? AND person_id = ? AND attribute = ?",
                current, proposed, owner, runId, source, personId, attribute);
        if (refreshed == 0) {
            Sql.update(c, "INSERT INTO directory_conflict (id, source, person_id, attribute, current_value, proposed_value, owner,"
                    + " run_id, seen_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, now())",
                    UUID.randomUUID(), source, personId, attribute, current, proposed, owner, runId);
        }
    }

    /** Newest first. */
    public List<DirectoryConflict> newest(Connection c, int limit) throws SQLException {
        return Sql.list(c, "SELECT id, source, person_id, attribute, current_value, proposed_value,"
                + " owner, run_id, seen_at FROM directory_conflict ORDER BY seen_at DESC, id LIMIT ?",
                r -> new DirectoryConflict(r.getObject(1, UUID.class), r.getString(2), r.getString(3), r.getString(4),
                        r.getString(5), r.getString(6), r.getString(7), r.getObject(8, UUID.class), Sql.instant(r, "seen_at")),
                limit);
    }
}
