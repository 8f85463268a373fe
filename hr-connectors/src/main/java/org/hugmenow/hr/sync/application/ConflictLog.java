package org.hugmenow.hr.sync.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hugmenow.hr.sync.domain.DirectoryConflict;
import org.hugmenow.hr.sync.persistence.ConflictStore;
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
    @Inject ConflictStore store;

    /** Records within the caller's transaction, so the conflict commits with the write that kept the owner's value. */
    public void record(Connection c, String source, String personId, String attribute, String current, String proposed,
                       String owner, UUID runId) throws SQLException {
        store.record(c, source, personId, attribute, current, proposed, owner, runId);
    }

    /** Newest first. */
    public List<DirectoryConflict> list(TenantSlug tenant, int limit) {
        return data.inConnection(tenant, c -> store.newest(c, limit));
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
