package org.hugmenow.tenant.audit.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.hugmenow.platform.db.Sql;
import org.hugmenow.tenant.audit.domain.AuditEvent;

/** The tenant schema's security_audit table. */
public final class SecurityAuditStore {

    private SecurityAuditStore() {
    }

    public static void insert(Connection c, String actor, String action, String subject) throws SQLException {
        Sql.update(c, "INSERT INTO security_audit (actor, action, subject) VALUES (?, ?, ?)", actor, action, subject);
    }

    /** Newest first. */
    public static List<AuditEvent> page(Connection c, int limit, int offset) throws SQLException {
        return Sql.list(c, "SELECT id, at, actor, action, subject FROM security_audit ORDER BY at DESC, id DESC LIMIT ? OFFSET ?",
                r -> new AuditEvent(r.getLong("id"), Sql.instant(r, "at"), r.getString("actor"), r.getString("action"),
                        r.getString("subject")), limit, offset);
    }

    public static long count(Connection c) throws SQLException {
        return Sql.count(c, "SELECT count(*) FROM security_audit");
    }
}
