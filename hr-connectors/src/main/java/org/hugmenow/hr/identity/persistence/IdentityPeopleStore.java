package org.hugmenow.hr.identity.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.hugmenow.platform.db.Sql;

/**
 * SQL reading people for the identity sync. Reads only: the pending mark is cleared
 * through tenant-core's directory ({@link org.hugmenow.tenant.directory.application.PersonWrites}).
 */
public final class IdentityPeopleStore {

    public static final int BATCH = 500;

    private IdentityPeopleStore() {
    }

    /**
     * The next pending people after this id, locked; rows another sync holds are skipped. An email
     * two people share goes to neither realm user: Keycloak keeps emails unique per realm.
     */
    public static List<PendingIdentity> pending(Connection c, String after) throws SQLException {
        return Sql.list(c, "SELECT p.id, p.username, CASE WHEN EXISTS (SELECT 1 FROM person o WHERE lower(o.email) = lower(p.email)"
                + " AND o.id <> p.id) THEN NULL ELSE p.email END AS email, p.given_name, p.family_name, p.name, p.status,"
                + " p.idp_created, p.version FROM person p"
                + " WHERE p.idp_pending AND p.id > ? ORDER BY p.id LIMIT " + BATCH + " FOR UPDATE OF p SKIP LOCKED",
                IdentityPeopleStore::pending, after);
    }

    /** Whether the directory has a person with this id (again). */
    public static boolean exists(Connection c, String personId) throws SQLException {
        return Sql.count(c, "SELECT count(*) FROM person WHERE id = ?", personId) > 0;
    }

    private static PendingIdentity pending(ResultSet r) throws SQLException {
        return new PendingIdentity(r.getString("id"), r.getString("username"), present(r.getString("email")),
                present(r.getString("given_name")), present(r.getString("family_name")), present(r.getString("name")),
                "active".equals(r.getString("status")), r.getBoolean("idp_created"), r.getLong("version"));
    }

    /** Keycloak takes an empty string as a value to validate; absent is what it means. */
    private static String present(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
