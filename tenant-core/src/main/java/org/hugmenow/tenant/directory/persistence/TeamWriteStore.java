package org.hugmenow.tenant.directory.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.hugmenow.platform.db.Sql;
import org.hugmenow.tenant.directory.application.DirectoryChanges;
import org.hugmenow.tenant.directory.application.TeamWrites;

/** SQL for teams and memberships written by provisioning and HR connections. */
@ApplicationScoped
public class TeamWriteStore implements TeamWrites {

    @Inject
    DirectoryChanges changes;

    @Override
    public String create(Connection c, String name, String externalId, String scimJson) throws SQLException {
        String id = UUID.randomUUID().toString();
        Sql.update(c, "INSERT INTO team (id, name, external_id, scim) VALUES (?::uuid, ?, ?, ?::jsonb)", id, name, externalId, scimJson);
        changes.teams(c, List.of(id));
        return id;
    }

    @Override
    public void update(Connection c, String teamId, String name, String externalId, String scimJson) throws SQLException {
        Sql.update(c, "UPDATE team SET name = ?, external_id = ?, scim = ?::jsonb, version = version + 1, updated_at = now()"
                + " WHERE id = ?::uuid", name, externalId, scimJson, teamId);
        changes.teams(c, List.of(teamId));
    }

    @Override
    public void delete(Connection c, String teamId) throws SQLException {
        // Its memberships go with it (ON DELETE CASCADE) and its children lose their parent.
        List<String> touched = Sql.list(c, "SELECT id::text FROM team WHERE id = ?::uuid OR parent_id = ?::uuid", r -> r.getString(1),
                teamId, teamId);
        List<String> members = Sql.list(c, "SELECT person_id FROM team_member WHERE team_id = ?::uuid", r -> r.getString(1), teamId);
        Sql.update(c, "DELETE FROM team WHERE id = ?::uuid", teamId);
        changes.changed(c, members, touched);
    }

    @Override
    public void setMembers(Connection c, String teamId, Collection<String> people, Collection<String> childTeams) throws SQLException {
        List<String> moved = new ArrayList<>(Sql.list(c, "DELETE FROM team_member WHERE team_id = ?::uuid AND NOT (person_id = ANY(?))"
                + " RETURNING person_id", r -> r.getString(1), teamId, people));
        moved.addAll(Sql.list(c, "INSERT INTO team_member (team_id, person_id) SELECT ?::uuid, unnest(?::text[]) ON CONFLICT DO NOTHING"
                + " RETURNING person_id", r -> r.getString(1), teamId, people));
        List<String> teams = new ArrayList<>(Sql.list(c, "UPDATE team SET parent_id = NULL WHERE parent_id = ?::uuid"
                + " AND NOT (id::text = ANY(?)) RETURNING id::text", r -> r.getString(1), teamId, childTeams));
        teams.addAll(Sql.list(c, "UPDATE team SET parent_id = ?::uuid WHERE id::text = ANY(?) AND parent_id IS DISTINCT FROM ?::uuid"
                + " RETURNING id::text", r -> r.getString(1), teamId, childTeams, teamId));
        changes.changed(c, moved, teams);
    }

    @Override
    public void setTeamsByName(Connection c, String personId, List<String> teamNames) throws SQLException {
        Set<String> wanted = new TreeSet<>();
        for (String name : new TreeSet<>(teamNames)) {
            wanted.add(teamNamed(c, name).toString());
        }
        List<String> changed = new ArrayList<>(Sql.list(c, "DELETE FROM team_member WHERE person_id = ?"
                + " AND NOT (team_id = ANY (?::uuid[])) RETURNING team_id::text", r -> r.getString(1), personId, wanted));
        changed.addAll(Sql.list(c, "INSERT INTO team_member (team_id, person_id) SELECT u.id, ? FROM unnest(?::uuid[]) AS u(id)"
                + " ON CONFLICT DO NOTHING RETURNING team_id::text", r -> r.getString(1), personId, wanted));
        if (!changed.isEmpty()) {
            Sql.update(c, "UPDATE team SET version = version + 1, updated_at = now() WHERE id = ANY (?::uuid[])", changed);
            changes.people(c, List.of(personId));
        }
    }

    /** The oldest team of this name, created if there is none. */
    private UUID teamNamed(Connection c, String name) throws SQLException {
        // Two transactions creating the same new team at once would otherwise create it twice (names are not unique).
        Sql.list(c, "SELECT pg_advisory_xact_lock(hashtext(?))", r -> null, "directory-team/" + name);
        Optional<UUID> existing = Sql.one(c, "SELECT id FROM team WHERE name = ? ORDER BY created_at, id LIMIT 1",
                r -> r.getObject(1, UUID.class), name);
        if (existing.isPresent()) {
            return existing.get();
        }
        UUID id = UUID.randomUUID();
        Sql.update(c, "INSERT INTO team (id, name) VALUES (?, ?)", id, name);
        changes.teams(c, List.of(id.toString()));
        return id;
    }
}
