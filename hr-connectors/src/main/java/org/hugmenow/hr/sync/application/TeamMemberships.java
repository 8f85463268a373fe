package org.hugmenow.hr.sync.application;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.hugmenow.platform.db.Sql;

/** A person's team memberships, by team name as HR systems give them; a team that does not exist yet is created. */
final class TeamMemberships {

    private TeamMemberships() {
    }

    /** Makes the person a member of exactly these teams; teams whose members changed get a new version (their SCIM ETag). */
    static void set(Connection c, String personId, List<String> names) throws SQLException {
        Set<String> wanted = new TreeSet<>();
        for (String name : new TreeSet<>(names)) {
            wanted.add(teamId(c, name).toString());
        }
        List<String> changed = new ArrayList<>(Sql.list(c, "DELETE FROM team_member WHERE person_id = ?"
                + " AND NOT (team_id = ANY (?::uuid[])) RETURNING team_id::text", r -> r.getString(1), personId, wanted));
        changed.addAll(Sql.list(c, "INSERT INTO team_member (team_id, person_id) SELECT u.id, ? FROM unnest(?::uuid[]) AS u(id)"
                + " ON CONFLICT DO NOTHING RETURNING team_id::text", r -> r.getString(1), personId, wanted));
        if (!changed.isEmpty()) {
            Sql.update(c, "UPDATE team SET version = version + 1, updated_at = now() WHERE id = ANY (?::uuid[])", changed);
        }
    }

    private static UUID teamId(Connection c, String name) throws SQLException {
        // Two transactions creating the same new team at once would otherwise create it twice (names are not unique).
        Sql.list(c, "SELECT pg_advisory_xact_lock(hashtext(?))", r -> null, "directory-team/" + name);
        Optional<UUID> existing = Sql.one(c, "SELECT id FROM team WHERE name = ? ORDER BY created_at, id LIMIT 1",
                r -> r.getObject(1, UUID.class), name);
        if (existing.isPresent()) {
            return existing.get();
        }
        UUID id = UUID.randomUUID();
        Sql.update(c, "INSERT INTO team (id, name) VALUES (?, ?)", id, name);
        return id;
    }
}
