package org.hugmenow.wellness.shared.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.hugmenow.platform.db.Sql;

/**
 * Reads of the tenant directory's people inside a wellness transaction (the directory is a
 * shared read model owned by tenant-core): existence, names, and blocks between two people.
 */
public final class PeopleStore {

    private PeopleStore() {
    }

    /** The shown name of an active person, or empty if there is no such active person. */
    public static Optional<String> activeName(Connection c, String personId) throws SQLException {
        return Sql.one(c, "SELECT coalesce(display_name, name) FROM person WHERE id = ? AND status = 'active'", r -> r.getString(1), personId);
    }

    /** The shown name of a person, active or not, or empty if the directory has no such person. */
    public static Optional<String> name(Connection c, String personId) throws SQLException {
        return Sql.one(c, "SELECT coalesce(display_name, name) FROM person WHERE id = ?", r -> r.getString(1), personId);
    }

    public static Map<String, String> names(Connection c, Collection<String> ids) throws SQLException {
        Map<String, String> names = new HashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        Sql.list(c, "SELECT id, coalesce(display_name, name) FROM person WHERE id = ANY (?)", r -> names.put(r.getString(1), r.getString(2)), ids);
        return names;
    }

    /** True if either person blocked the other. */
    public static boolean blockedEitherWay(Connection c, String a, String b) throws SQLException {
        return Sql.count(c, "SELECT count(*) FROM person_block WHERE kind = 'block' AND ((person_id = ? AND other_id = ?)"
                + " OR (person_id = ? AND other_id = ?))", a, b, b, a) > 0;
    }
}
