package org.hugmenow.hr.scim.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hugmenow.platform.db.Sql;

/**
 * SQL reading teams as SCIM groups: members are people and, for nested teams, child teams. Teams
 * are written through tenant-core's directory ({@link org.hugmenow.tenant.directory.application.TeamWrites}).
 */
public final class ScimTeamStore {

    public record TeamRecord(String id, String name, String externalId, String scimJson, long version,
                             Instant created, Instant updated, List<Member> members) {
    }

    public record Member(String id, String display, boolean group) {
    }

    private static final String SELECT = "SELECT t.id::text AS id, t.name, t.external_id, t.scim::text AS scim, t.version,"
            + " t.created_at, t.updated_at FROM team t";

    private static final Map<String, String> INDEXED = Map.of(
            "displayName", "lower(t.name) = lower(?)",
            "externalId", "t.external_id = ?",
            "id", "t.id::text = ?");

    private ScimTeamStore() {
    }

    public static List<String> indexedAttributes() {
        return List.copyOf(INDEXED.keySet());
    }

    public static Optional<TeamRecord> find(Connection c, String id, boolean lock) throws SQLException {
        if (!isUuid(id)) {
            return Optional.empty();
        }
        return withMembers(c, Sql.list(c, SELECT + " WHERE t.id = ?::uuid" + (lock ? " FOR UPDATE" : ""), ScimTeamStore::row, id))
                .stream().findFirst();
    }

    public static List<TeamRecord> where(Connection c, String attribute, String value) throws SQLException {
        if (attribute.equals("id") && !isUuid(value)) {
            return List.of();
        }
        return withMembers(c, Sql.list(c, SELECT + " WHERE " + INDEXED.get(attribute) + " ORDER BY t.created_at, t.id", ScimTeamStore::row, value));
    }

    public static List<TeamRecord> all(Connection c) throws SQLException {
        return withMembers(c, Sql.list(c, SELECT + " ORDER BY t.created_at, t.id", ScimTeamStore::row));
    }

    public static List<TeamRecord> page(Connection c, int offset, int limit) throws SQLException {
        return withMembers(c, Sql.list(c, SELECT + " ORDER BY t.created_at, t.id OFFSET ? LIMIT ?", ScimTeamStore::row, offset, limit));
    }

    public static int count(Connection c) throws SQLException {
        return (int) Sql.count(c, "SELECT count(*) FROM team");
    }

    /** Which of the ids are people SCIM can see, and which are teams. */
    public static Set<String> existingPeople(Connection c, Collection<String> ids) throws SQLException {
        return Set.copyOf(Sql.list(c, "SELECT id FROM person WHERE id = ANY(?) AND deprovisioned_at IS NULL", r -> r.getString(1), ids));
    }

    public static Set<String> existingTeams(Connection c, Collection<String> ids) throws SQLException {
        return Set.copyOf(Sql.list(c, "SELECT id::text FROM team WHERE id::text = ANY(?)", r -> r.getString(1), ids));
    }

    /** The team and every team above it, to refuse a nesting that would make a cycle. */
    public static Set<String> selfAndAncestors(Connection c, String id) throws SQLException {
        return Set.copyOf(Sql.list(c, "WITH RECURSIVE up(id, parent_id) AS (SELECT id, parent_id FROM team WHERE id = ?::uuid"
                + " UNION SELECT t.id, t.parent_id FROM team t JOIN up ON t.id = up.parent_id) SELECT id::text FROM up",
                r -> r.getString(1), id));
    }

    private static List<TeamRecord> withMembers(Connection c, List<TeamRecord> teams) throws SQLException {
        if (teams.isEmpty()) {
            return teams;
        }
        Map<String, List<Member>> members = new HashMap<>();
        List<String> ids = teams.stream().map(TeamRecord::id).toList();
        Sql.list(c, "SELECT m.team_id::text, p.id, p.name, false FROM team_member m JOIN person p ON p.id = m.person_id"
                        + " WHERE m.team_id::text = ANY(?) AND p.deprovisioned_at IS NULL"
                        + " UNION ALL SELECT t.parent_id::text, t.id::text, t.name, true FROM team t WHERE t.parent_id::text = ANY(?)"
                        + " ORDER BY 1, 3",
                r -> members.computeIfAbsent(r.getString(1), k -> new ArrayList<>())
                        .add(new Member(r.getString(2), r.getString(3), r.getBoolean(4))), ids, ids);
        return teams.stream().map(t -> new TeamRecord(t.id(), t.name(), t.externalId(), t.scimJson(), t.version(),
                t.created(), t.updated(), members.getOrDefault(t.id(), List.of()))).toList();
    }

    private static TeamRecord row(ResultSet r) throws SQLException {
        return new TeamRecord(r.getString("id"), r.getString("name"), r.getString("external_id"), r.getString("scim"),
                r.getLong("version"), Sql.instant(r, "created_at"), Sql.instant(r, "updated_at"), List.of());
    }

    private static boolean isUuid(String id) {
        try {
            UUID.fromString(id);
            return id.length() == 36;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
