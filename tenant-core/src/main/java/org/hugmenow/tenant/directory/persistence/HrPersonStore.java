package org.hugmenow.tenant.directory.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hugmenow.platform.db.Sql;
import org.hugmenow.tenant.directory.application.DirectoryChanges;
import org.hugmenow.tenant.directory.application.HrPersonWrites;
import org.hugmenow.tenant.directory.application.TeamWrites;
import org.hugmenow.tenant.directory.domain.HrPerson;
import org.hugmenow.tenant.directory.domain.HrPerson.Field;

/** SQL for people written by HR connections. */
@ApplicationScoped
public class HrPersonStore implements HrPersonWrites {

    /** The attributes the identity provider holds too: writing one queues the realm update. */
    private static final Set<Field> IDENTITY = EnumSet.of(Field.EMAIL, Field.FIRST_NAME, Field.LAST_NAME, Field.ACTIVE);

    @Inject TeamWrites teams;
    @Inject DirectoryChanges changes;

    @Override
    public boolean add(Connection c, String personId, HrPerson p, UUID connectionId) throws SQLException {
        int inserted = Sql.update(c, "INSERT INTO person (id, username, name, email, given_name, family_name, status, department,"
                        + " cost_center, location, start_date, manager_id, hr_key, hr_connection_id, idp_pending)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, (SELECT m.id FROM person m WHERE m.hr_key = ?), ?, ?, true)"
                        + " ON CONFLICT (hr_key) WHERE hr_key IS NOT NULL DO NOTHING",
                personId, p.email(), displayName(p), p.email(), p.givenName(), p.familyName(), status(p), p.department(),
                p.costCenter(), p.location(), p.startDate(), p.managerHrKey(), p.hrKey(), connectionId);
        if (inserted == 0) {
            return false;
        }
        if (p.teams().isEmpty()) {
            changes.people(c, List.of(personId));
        } else {
            teams.setTeamsByName(c, personId, p.teams()); // publishes the change
        }
        return true;
    }

    @Override
    public void link(Connection c, String personId, String hrKey, UUID connectionId) throws SQLException {
        Sql.update(c, "UPDATE person SET hr_key = ?, hr_connection_id = ?, version = version + 1, updated_at = now() WHERE id = ?",
                hrKey, connectionId, personId);
    }

    @Override
    public void adopt(Connection c, String personId, UUID connectionId) throws SQLException {
        Sql.update(c, "UPDATE person SET hr_connection_id = ? WHERE id = ? AND hr_connection_id IS NULL", connectionId, personId);
    }

    @Override
    public boolean write(Connection c, String personId, HrPerson p, Set<Field> fields) throws SQLException {
        if (fields.isEmpty()) {
            return false;
        }
        List<String> sets = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        for (Field field : fields) {
            switch (field) {
                case EMAIL -> {
                    set(sets, params, "email", p.email());
                    if (p.email() != null) {
                        // The sign-in name follows the email only where it was the email (SET sees the old row).
                        set(sets, params, "username", "CASE WHEN lower(username) = lower(email) THEN ? ELSE username END", p.email());
                    }
                }
                case FIRST_NAME -> set(sets, params, "given_name", p.givenName());
                case LAST_NAME -> set(sets, params, "family_name", p.familyName());
                case ACTIVE -> set(sets, params, "status", status(p));
                case MANAGER -> set(sets, params, "manager_id", "(SELECT m.id FROM person m WHERE m.hr_key = ? AND m.id <> person.id)",
                        p.managerHrKey());
                case DEPARTMENT -> set(sets, params, "department", p.department());
                case COST_CENTER -> set(sets, params, "cost_center", p.costCenter());
                case LOCATION -> set(sets, params, "location", p.location());
                case START_DATE -> set(sets, params, "start_date", p.startDate());
                case TEAMS -> teams.setTeamsByName(c, personId, p.teams());
            }
        }
        boolean identity = fields.stream().anyMatch(IDENTITY::contains);
        sets.add("version = version + 1");
        sets.add("updated_at = now()");
        if (identity) {
            sets.add("idp_pending = true");
        }
        params.add(personId);
        Sql.update(c, "UPDATE person SET " + String.join(", ", sets) + " WHERE id = ?", params.toArray());
        if (fields.contains(Field.FIRST_NAME) || fields.contains(Field.LAST_NAME)) {
            Sql.update(c, "UPDATE person SET name = coalesce(nullif(concat_ws(' ', given_name, family_name), ''), name) WHERE id = ?", personId);
        }
        if (!fields.equals(EnumSet.of(Field.TEAMS))) {
            changes.people(c, List.of(personId)); // teams alone were published by setTeamsByName
        }
        return identity;
    }

    @Override
    public boolean deactivate(Connection c, String hrKey) throws SQLException {
        List<String> deactivated = Sql.list(c, "UPDATE person SET status = 'inactive', idp_pending = true, version = version + 1,"
                + " updated_at = now() WHERE hr_key = ? AND status = 'active' RETURNING id", r -> r.getString(1), hrKey);
        changes.people(c, deactivated);
        return !deactivated.isEmpty();
    }

    @Override
    public boolean rekey(Connection c, String oldHrKey, String newHrKey, UUID connectionId) throws SQLException {
        return Sql.update(c, "UPDATE person SET hr_key = ?, hr_connection_id = ?, version = version + 1, updated_at = now()"
                + " WHERE hr_key = ?", newHrKey, connectionId, oldHrKey) > 0;
    }

    @Override
    public void fillManagers(Connection c, Map<String, String> managerKeyByKey) throws SQLException {
        if (managerKeyByKey.isEmpty()) {
            return;
        }
        List<String> keys = new ArrayList<>(managerKeyByKey.keySet());
        List<String> managers = keys.stream().map(managerKeyByKey::get).toList();
        changes.people(c, Sql.list(c, "UPDATE person p SET manager_id = m.id, version = p.version + 1, updated_at = now()"
                + " FROM unnest(?::text[], ?::text[]) AS l(hr_key, manager_key) JOIN person m ON m.hr_key = l.manager_key"
                + " WHERE p.hr_key = l.hr_key AND p.manager_id IS NULL AND m.id <> p.id RETURNING p.id", r -> r.getString(1), keys, managers));
    }

    private static void set(List<String> sets, List<Object> params, String column, Object value) {
        set(sets, params, column, "?", value);
    }

    private static void set(List<String> sets, List<Object> params, String column, String expression, Object value) {
        sets.add(column + " = " + expression);
        params.add(value);
    }

    private static String status(HrPerson p) {
        return p.active() ? "active" : "inactive";
    }

    /** Someone without a name in the source is shown by their email until they have one. */
    private static String displayName(HrPerson p) {
        String name = Stream.of(p.givenName(), p.familyName()).filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(" "));
        return name.isEmpty() ? p.email() : name;
    }
}
