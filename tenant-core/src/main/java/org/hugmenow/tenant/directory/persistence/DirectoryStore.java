package org.hugmenow.tenant.directory.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hugmenow.platform.db.TenantData;
import org.hugmenow.tenant.directory.application.DirectoryChanges;
import org.hugmenow.tenant.directory.domain.Directory;
import org.hugmenow.tenant.directory.domain.Person;
import org.hugmenow.tenant.directory.domain.Team;
import org.hugmenow.platform.tenancy.TenantSlug;

@ApplicationScoped
public class DirectoryStore implements Directory {

    private static final String PERSON = "SELECT id, username, name, display_name, status FROM person";
    private static final String TEAM = "SELECT t.id, t.name, t.parent_id, (SELECT count(*) FROM team_member m WHERE m.team_id = t.id) FROM team t";

    @Inject
    TenantData data;

    @Inject
    DirectoryChanges changes;

    @Override
    public boolean register(TenantSlug tenant, String personId, String username) {
        return data.inConnection(tenant, c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "WITH added AS (INSERT INTO person (id, username, name) VALUES (?, ?, ?) ON CONFLICT DO NOTHING RETURNING status)"
                            + " SELECT status, true FROM added UNION ALL SELECT status, false FROM person WHERE id = ?")) {
                s.setString(1, personId);
                s.setString(2, username);
                s.setString(3, username);
                s.setString(4, personId);
                try (ResultSet r = s.executeQuery()) {
                    // No row: the username belongs to another person (a provisioned one not yet
                    // linked); the caller is let through unregistered rather than locked out.
                    if (!r.next()) {
                        return true;
                    }
                    if (r.getBoolean(2)) {
                        changes.people(c, List.of(personId));
                    }
                    return "active".equals(r.getString(1));
                }
            }
        });
    }

    @Override
    public Optional<Person> person(TenantSlug tenant, String personId) {
        return data.inConnection(tenant, c -> {
            try (PreparedStatement s = c.prepareStatement(PERSON + " WHERE id = ?")) {
                s.setString(1, personId);
                List<Person> found = people(s);
                return found.stream().findFirst();
            }
        });
    }

    @Override
    public List<Person> search(TenantSlug tenant, String query, int limit) {
        return data.inConnection(tenant, c -> {
            try (PreparedStatement s = c.prepareStatement(PERSON + " WHERE status = 'active'"
                    // Only the shown name: matching usernames would unmask a pseudonym.
                    + " AND (? = '' OR lower(coalesce(display_name, name)) LIKE ?)"
                    + " ORDER BY lower(coalesce(display_name, name)), id LIMIT ?")) {
                String q = query == null ? "" : query.toLowerCase();
                String like = "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
                s.setString(1, q);
                s.setString(2, like);
                s.setInt(3, limit);
                return people(s);
            }
        });
    }

    @Override
    public long activePeople(TenantSlug tenant) {
        return data.inConnection(tenant, c -> org.hugmenow.platform.db.Sql.count(c, "SELECT count(*) FROM person WHERE status = 'active'"));
    }

    @Override
    public List<Team> teams(TenantSlug tenant) {
        return data.inConnection(tenant, c -> {
            try (PreparedStatement s = c.prepareStatement(TEAM + " ORDER BY t.name, t.id")) {
                return teams(s);
            }
        });
    }

    @Override
    public Optional<Team> team(TenantSlug tenant, UUID teamId) {
        return data.inConnection(tenant, c -> {
            try (PreparedStatement s = c.prepareStatement(TEAM + " WHERE t.id = ?")) {
                s.setObject(1, teamId);
                return teams(s).stream().findFirst();
            }
        });
    }

    @Override
    public Team createTeam(TenantSlug tenant, String name, UUID parentId) {
        UUID id = UUID.randomUUID();
        data.inConnection(tenant, c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO team (id, name, parent_id) VALUES (?, ?, ?)")) {
                s.setObject(1, id);
                s.setString(2, name);
                s.setObject(3, parentId);
                s.executeUpdate();
            }
            changes.teams(c, List.of(id.toString()));
            return null;
        });
        return new Team(id, name, parentId, 0);
    }

    @Override
    public boolean addMember(TenantSlug tenant, UUID teamId, String personId) {
        return data.inConnection(tenant, c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO team_member (team_id, person_id)"
                    + " SELECT t.id, p.id FROM team t, person p WHERE t.id = ? AND p.id = ? ON CONFLICT DO NOTHING")) {
                s.setObject(1, teamId);
                s.setString(2, personId);
                if (s.executeUpdate() > 0) {
                    changes.people(c, List.of(personId));
                }
            }
            try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM team_member WHERE team_id = ? AND person_id = ?")) {
                s.setObject(1, teamId);
                s.setString(2, personId);
                try (ResultSet r = s.executeQuery()) {
                    return r.next();
                }
            }
        });
    }

    @Override
    public boolean removeMember(TenantSlug tenant, UUID teamId, String personId) {
        return data.inConnection(tenant, c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM team_member WHERE team_id = ? AND person_id = ?")) {
                s.setObject(1, teamId);
                s.setString(2, personId);
                boolean removed = s.executeUpdate() > 0;
                if (removed) {
                    changes.people(c, List.of(personId));
                }
                return removed;
            }
        });
    }

    @Override
    public Set<String> members(TenantSlug tenant, UUID teamId) {
        return data.inConnection(tenant, c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT m.person_id FROM team_member m JOIN person p ON p.id = m.person_id"
                    + " WHERE m.team_id = ? AND p.status = 'active'")) {
                s.setObject(1, teamId);
                Set<String> ids = new HashSet<>();
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        ids.add(r.getString(1));
                    }
                }
                return ids;
            }
        });
    }

    private static List<Person> people(PreparedStatement s) throws SQLException {
        List<Person> people = new ArrayList<>();
        try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
                people.add(new Person(r.getString(1), r.getString(2), r.getString(3), r.getString(4), "active".equals(r.getString(5))));
            }
        }
        return people;
    }

    private static List<Team> teams(PreparedStatement s) throws SQLException {
        List<Team> teams = new ArrayList<>();
        try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
                teams.add(new Team(r.getObject(1, UUID.class), r.getString(2), r.getObject(3, UUID.class), r.getInt(4)));
            }
        }
        return teams;
    }
}
