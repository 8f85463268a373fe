package org.hugmenow.hr.sync.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hugmenow.platform.db.Sql;
import org.hugmenow.platform.db.TenantData;
import org.hugmenow.platform.tenancy.TenantSlug;

/**
 * Conflicting writes from every source (SCIM and HR runs): one row per source, person and
 * attribute, refreshed when the same conflict is met again, so a scheduled run that meets it
 * every hour does not grow the log.
 */
@ApplicationScoped
public class ConflictLog {

    @Inject TenantData data;

    /** Records within the caller's transaction, so the conflict commits with the write that kept the owner's value. */
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
    public List<DirectoryConflict> list(TenantSlug tenant, int limit) {
        return data.inConnection(tenant, c -> Sql.list(c, "SELECT id, source, person_id, attribute, current_value, proposed_value,"
                + " owner, run_id, seen_at FROM directory_conflict ORDER BY seen_at DESC, id LIMIT ?",
                r -> new DirectoryConflict(r.getObject(1, UUID.class), r.getString(2), r.getString(3), r.getString(4),
                        r.getString(5), r.getString(6), r.getString(7), r.getObject(8, UUID.class), Sql.instant(r, "seen_at")),
                limit));
    }

    /** An attribute value as conflict text: team sets sorted and joined, so equal sets read the same. */
    public static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).sorted().collect(Collectors.joining("; "));
        }
        return value.toString();
    }
}
