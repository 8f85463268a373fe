package org.hugmenow.wellness.insights.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import org.hugmenow.platform.db.Sql;

/** The tenant's insights change counter ({@code insights_change}): raised by writers of closed periods, read by the cache. */
@ApplicationScoped
public class InsightsChangeStore {

    /** In the writer's transaction, so a reader sees the new number exactly when it sees the new data. */
    public void raise(Connection c) throws SQLException {
        Sql.update(c, "UPDATE insights_change SET version = version + 1");
    }

    public long version(Connection c) throws SQLException {
        return Sql.one(c, "SELECT version FROM insights_change", r -> r.getLong(1)).orElse(0L);
    }
}
