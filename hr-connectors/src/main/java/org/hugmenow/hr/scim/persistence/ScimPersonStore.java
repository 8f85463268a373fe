package org.hugmenow.hr.scim.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hugmenow.platform.db.Sql;

/**
 * SQL for people as SCIM users. A person SCIM deleted under a keep-data policy
 * ({@code deprovisioned_at} set) no longer exists for SCIM. Reads only: people are written
 * through tenant-core's directory ({@link org.hugmenow.tenant.directory.application.PersonWrites}).
 */
public final class ScimPersonStore {

    private static final String SELECT = "SELECT p.id, p.username, p.name, p.given_name, p.family_name, p.email,"
            + " p.external_id, p.title, p.employee_number, p.department, p.cost_center, p.manager_id, m.name AS manager_name,"
            + " p.status, p.scim::text AS scim, p.version, p.created_at, p.updated_at"
            + " FROM person p LEFT JOIN person m ON m.id = p.manager_id WHERE p.deprovisioned_at IS NULL";

    private static final Map<String, String> INDEXED = Map.of(
            "userName", "lower(p.username) = lower(?)",
            "externalId", "p.external_id = ?",
            "id", "p.id = ?");

    private ScimPersonStore() {
    }

    public static List<String> indexedAttributes() {
        return List.copyOf(INDEXED.keySet());
    }

    public static Optional<PersonRecord> find(Connection c, String id, boolean lock) throws SQLException {
        List<PersonRecord> found = withTeams(c, Sql.list(c, SELECT + " AND p.id = ?" + (lock ? " FOR UPDATE OF p" : ""), ScimPersonStore::row, id));
        return found.stream().findFirst();
    }

    public static List<PersonRecord> where(Connection c, String attribute, String value) throws SQLException {
        return withTeams(c, Sql.list(c, SELECT + " AND " + INDEXED.get(attribute), ScimPersonStore::row, value));
    }

    public static List<PersonRecord> all(Connection c) throws SQLException {
        return withTeams(c, Sql.list(c, SELECT + " ORDER BY p.created_at, p.id", ScimPersonStore::row));
    }

    public static List<PersonRecord> page(Connection c, int offset, int limit) throws SQLException {
        return withTeams(c, Sql.list(c, SELECT + " ORDER BY p.created_at, p.id OFFSET ? LIMIT ?", ScimPersonStore::row, offset, limit));
    }

    public static int count(Connection c) throws SQLException {
        return (int) Sql.count(c, "SELECT count(*) FROM person WHERE deprovisioned_at IS NULL");
    }

    public static boolean exists(Connection c, String id) throws SQLException {
        return Sql.count(c, "SELECT count(*) FROM person WHERE id = ? AND deprovisioned_at IS NULL", id) > 0;
    }

    /** Brings back a person SCIM deleted under the keep-data policy, when the same userName returns. */
    public static Optional<String> returning(Connection c, String username) throws SQLException {
        return Sql.one(c, "SELECT id FROM person WHERE lower(username) = lower(?) AND deprovisioned_at IS NOT NULL FOR UPDATE",
                r -> r.getString(1), username);
    }

    private static List<PersonRecord> withTeams(Connection c, List<PersonRecord> people) throws SQLException {
        if (people.isEmpty()) {
            return people;
        }
        Map<String, List<PersonRecord.TeamRef>> teams = new HashMap<>();
        List<String> ids = people.stream().map(PersonRecord::id).toList();
        Sql.list(c, "SELECT m.person_id, t.id::text, t.name FROM team_member m JOIN team t ON t.id = m.team_id"
                        + " WHERE m.person_id = ANY(?) ORDER BY t.name",
                r -> teams.computeIfAbsent(r.getString(1), k -> new ArrayList<>())
                        .add(new PersonRecord.TeamRef(r.getString(2), r.getString(3))), ids);
        return people.stream().map(p -> p.withTeams(teams.getOrDefault(p.id(), List.of()))).toList();
    }

    private static PersonRecord row(ResultSet r) throws SQLException {
        return new PersonRecord(r.getString("id"), r.getString("username"), r.getString("name"), r.getString("given_name"),
                r.getString("family_name"), r.getString("email"), r.getString("external_id"), r.getString("title"),
                r.getString("employee_number"), r.getString("department"), r.getString("cost_center"),
                r.getString("manager_id"), r.getString("manager_name"), "active".equals(r.getString("status")),
                r.getString("scim"), r.getLong("version"), Sql.instant(r, "created_at"), Sql.instant(r, "updated_at"), List.of());
    }
}
