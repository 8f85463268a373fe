package org.hugmenow.hr.scim.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.hugmenow.platform.db.Sql;

/** Pages of the person table for IT's read-only directory, searched by shown name or email. */
public final class DirectoryListingStore {

    private static final String MATCH = " WHERE (? = '' OR lower(coalesce(p.display_name, p.name)) LIKE ? ESCAPE '\\'"
            + " OR lower(coalesce(p.email, '')) LIKE ? ESCAPE '\\')";

    /** One person as IT reads them; teams joined by ", ". */
    public record Entry(String shownName, String email, String teams, String department, boolean active) {
    }

    private DirectoryListingStore() {
    }

    public static List<Entry> page(Connection c, String query, int limit, int offset) throws SQLException {
        String like = like(query);
        return Sql.list(c, "SELECT coalesce(p.display_name, p.name) AS shown, p.email, p.department, p.status,"
                + " (SELECT string_agg(t.name, ', ' ORDER BY t.name) FROM team_member m JOIN team t ON t.id = m.team_id"
                + " WHERE m.person_id = p.id) AS teams FROM person p" + MATCH
                + " ORDER BY lower(coalesce(p.display_name, p.name)), p.id LIMIT ? OFFSET ?",
                r -> new Entry(r.getString("shown"), r.getString("email"), r.getString("teams"), r.getString("department"),
                        "active".equals(r.getString("status"))), query, like, like, limit, offset);
    }

    public static long count(Connection c, String query) throws SQLException {
        String like = like(query);
        return Sql.count(c, "SELECT count(*) FROM person p" + MATCH, query, like, like);
    }

    private static String like(String query) {
        return "%" + query.toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
