package org.hugmenow.hr.sync.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hugmenow.hr.identity.IdentitySync;
import org.hugmenow.hr.connector.settings.HrConnections;
import org.hugmenow.hr.connector.spi.HrEmployee;
import org.hugmenow.hr.sync.domain.Attribute;
import org.hugmenow.hr.sync.domain.Change;
import org.hugmenow.platform.db.Sql;
import org.hugmenow.platform.outbox.Outbox;
import org.hugmenow.platform.tenancy.TenantSlug;

/**
 * The directory as an HR connection sees it, and the writes of its changes. Each change is
 * applied inside the caller's transaction, together with the outbox event and the mark that it
 * was applied: a person is changed completely or not at all, and never twice.
 */
@ApplicationScoped
public class DirectorySource {

    private static final Set<Attribute> IDENTITY = EnumSet.of(Attribute.EMAIL, Attribute.FIRST_NAME, Attribute.LAST_NAME, Attribute.ACTIVE);
    private static final String PERSON = "SELECT p.id, p.hr_key, p.email, p.given_name, p.family_name, p.status, m.hr_key AS manager_key,"
            + " p.department, p.cost_center, p.location, p.start_date, ARRAY(SELECT t.name FROM team_member tm JOIN team t"
            + " ON t.id = tm.team_id WHERE tm.person_id = p.id ORDER BY t.name) AS teams FROM person p LEFT JOIN person m ON m.id = p.manager_id";

    @Inject Outbox outbox;
    @Inject ConflictLog conflicts;

    /** The people a connection manages, and their person ids by HR key. */
    public record View(List<HrEmployee> employees, Map<String, String> personIds) {
    }

    /** The connection a change is applied for, and the attribute ownership in force while applying. */
    public record Target(UUID connectionId, Map<Attribute, String> ownership, UUID runId) {
        String source() {
            return HrConnections.source(connectionId);
        }

        boolean owns(Attribute attribute) {
            String owner = ownership.get(attribute);
            return owner == null || owner.equals(source());
        }
    }

    /** A change this directory cannot take; the message is for admins and holds no personal data. */
    public static final class ApplyRefused extends RuntimeException {
        ApplyRefused(String message) {
            super(message);
        }
    }

    /** People with an HR key that this connection manages, or that no connection manages any more (it adopts them). */
    public View view(Connection c, UUID connectionId) throws SQLException {
        Map<String, String> personIds = new HashMap<>();
        List<HrEmployee> employees = Sql.list(c, PERSON + " WHERE p.hr_key IS NOT NULL AND (p.hr_connection_id = ? OR p.hr_connection_id IS NULL)",
                r -> {
                    personIds.put(r.getString("hr_key"), r.getString("id"));
                    return employee(r);
                }, connectionId);
        return new View(employees, personIds);
    }

    public void apply(Connection c, TenantSlug tenant, Change change, Target target) throws SQLException {
        if (change instanceof Change.Create create) {
            create(c, tenant, create.employee(), target);
        } else if (change instanceof Change.Update update) {
            update(c, tenant, update, target);
        } else if (change instanceof Change.Deactivate deactivate) {
            deactivate(c, tenant, deactivate.externalId(), target);
        } else if (change instanceof Change.Rekey rekey) {
            rekey(c, rekey, target);
        }
    }

    /**
     * Sets the managers that could not be resolved while applying because the manager was created
     * later in the run. Only empty links are filled, so this never overwrites another source's value.
     */
    public void fillManagers(Connection c, Map<String, String> managerByKey) throws SQLException {
        if (managerByKey.isEmpty()) {
            return;
        }
        List<String> keys = new ArrayList<>(managerByKey.keySet());
        List<String> managers = keys.stream().map(managerByKey::get).toList();
        Sql.update(c, "UPDATE person p SET manager_id = m.id, version = p.version + 1, updated_at = now()"
                + " FROM unnest(?::text[], ?::text[]) AS l(hr_key, manager_key) JOIN person m ON m.hr_key = l.manager_key"
                + " WHERE p.hr_key = l.hr_key AND p.manager_id IS NULL AND m.id <> p.id", keys, managers);
    }

    private void create(Connection c, TenantSlug tenant, HrEmployee e, Target target) throws SQLException {
        if (e.email() == null) {
            throw new ApplyRefused("has no email address, which a person needs to sign in");
        }
        Optional<String> holder = Sql.one(c, "SELECT coalesce(hr_connection_id::text, '') FROM person WHERE hr_key = ?",
                r -> r.getString(1), e.externalId());
        if (holder.isPresent()) {
            if (holder.get().isEmpty() || holder.get().equals(target.connectionId().toString())) {
                return; // already here: the source listed this employee twice
            }
            throw new ApplyRefused("its employee id is already used by another HR connection");
        }
        Optional<String> account = Sql.one(c, "SELECT id FROM person WHERE hr_key IS NULL AND (lower(email) = lower(?) OR lower(username) = lower(?))"
                + " ORDER BY (lower(email) = lower(?)) DESC NULLS LAST, created_at LIMIT 1 FOR UPDATE", r -> r.getString(1),
                e.email(), e.email(), e.email());
        if (account.isPresent()) {
            link(c, tenant, account.get(), e, target);
        } else {
            insert(c, tenant, e, target);
        }
    }

    /** Links an HR record to the sign-in account that already exists for it; the source writes only what it owns. */
    private void link(Connection c, TenantSlug tenant, String personId, HrEmployee e, Target target) throws SQLException {
        HrEmployee before = Sql.one(c, PERSON + " WHERE p.id = ?", DirectorySource::employee, personId).orElseThrow();
        Set<Attribute> owned = EnumSet.noneOf(Attribute.class);
        for (Attribute a : Attribute.values()) {
            if (!a.differs(before, e)) {
                continue;
            }
            if (target.owns(a)) {
                owned.add(a);
            } else {
                conflicts.record(c, target.source(), personId, AttributeOwnership.name(a), ConflictLog.text(a.of(before)),
                        ConflictLog.text(a.of(e)), target.ownership().get(a), target.runId());
            }
        }
        Sql.update(c, "UPDATE person SET hr_key = ?, hr_connection_id = ?, version = version + 1, updated_at = now() WHERE id = ?",
                e.externalId(), target.connectionId(), personId);
        write(c, tenant, personId, e, owned);
    }

    private void insert(Connection c, TenantSlug tenant, HrEmployee e, Target target) throws SQLException {
        if (Sql.count(c, "SELECT count(*) FROM person WHERE lower(username) = lower(?) OR lower(email) = lower(?)", e.email(), e.email()) > 0) {
            throw new ApplyRefused("its email address belongs to a person already linked to another HR record");
        }
        String id = UUID.randomUUID().toString();
        int inserted = Sql.update(c, "INSERT INTO person (id, username, name, email, given_name, family_name, status, department,"
                        + " cost_center, location, start_date, manager_id, hr_key, hr_connection_id, idp_pending)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, (SELECT m.id FROM person m WHERE m.hr_key = ?), ?, ?, true)"
                        + " ON CONFLICT (hr_key) WHERE hr_key IS NOT NULL DO NOTHING",
                id, e.email(), displayName(e), e.email(), e.firstName(), e.lastName(), status(e), e.department(), e.costCenter(),
                e.location(), e.startDate(), e.managerExternalId(), e.externalId(), target.connectionId());
        if (inserted == 0) {
            return; // created meanwhile under the same key; the key's unique index keeps it one person
        }
        if (!e.teams().isEmpty()) {
            TeamMemberships.set(c, id, e.teams());
        }
        identityChanged(c, tenant);
    }

    private void update(Connection c, TenantSlug tenant, Change.Update update, Target target) throws SQLException {
        String personId = Sql.one(c, "SELECT id FROM person WHERE hr_key = ? FOR UPDATE", r -> r.getString(1), update.externalId())
                .orElseThrow(() -> new ApplyRefused("is no longer in the directory"));
        Sql.update(c, "UPDATE person SET hr_connection_id = ? WHERE id = ? AND hr_connection_id IS NULL", target.connectionId(), personId);
        // Ownership may have changed since the plan was made; what is applied follows today's.
        Set<Attribute> owned = EnumSet.noneOf(Attribute.class);
        update.changes().keySet().stream().filter(target::owns).forEach(owned::add);
        write(c, tenant, personId, update.employee(), owned);
    }

    /** Writes exactly these attributes from the employee; identity attributes also queue the realm update. */
    private void write(Connection c, TenantSlug tenant, String personId, HrEmployee e, Set<Attribute> attributes) throws SQLException {
        if (attributes.isEmpty()) {
            return;
        }
        List<String> sets = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        for (Attribute a : attributes) {
            switch (a) {
                case EMAIL -> {
                    set(sets, params, "email", e.email());
                    if (e.email() != null) {
                        // The sign-in name follows the email only where it was the email (SET sees the old row).
                        set(sets, params, "username", "CASE WHEN lower(username) = lower(email) THEN ? ELSE username END", e.email());
                    }
                }
                case FIRST_NAME -> set(sets, params, "given_name", e.firstName());
                case LAST_NAME -> set(sets, params, "family_name", e.lastName());
                case ACTIVE -> set(sets, params, "status", status(e));
                case MANAGER -> set(sets, params, "manager_id", "(SELECT m.id FROM person m WHERE m.hr_key = ? AND m.id <> person.id)",
                        e.managerExternalId());
                case DEPARTMENT -> set(sets, params, "department", e.department());
                case COST_CENTER -> set(sets, params, "cost_center", e.costCenter());
                case LOCATION -> set(sets, params, "location", e.location());
                case START_DATE -> set(sets, params, "start_date", e.startDate());
                case TEAMS -> TeamMemberships.set(c, personId, e.teams());
            }
        }
        boolean identity = attributes.stream().anyMatch(IDENTITY::contains);
        sets.add("version = version + 1");
        sets.add("updated_at = now()");
        if (identity) {
            sets.add("idp_pending = true");
        }
        params.add(personId);
        Sql.update(c, "UPDATE person SET " + String.join(", ", sets) + " WHERE id = ?", params.toArray());
        if (attributes.contains(Attribute.FIRST_NAME) || attributes.contains(Attribute.LAST_NAME)) {
            Sql.update(c, "UPDATE person SET name = coalesce(nullif(concat_ws(' ', given_name, family_name), ''), name) WHERE id = ?", personId);
        }
        if (identity) {
            identityChanged(c, tenant);
        }
    }

    private void deactivate(Connection c, TenantSlug tenant, String externalId, Target target) throws SQLException {
        if (!target.owns(Attribute.ACTIVE)) {
            throw new ApplyRefused("its status now belongs to " + target.ownership().get(Attribute.ACTIVE) + "; not deactivated");
        }
        if (Sql.update(c, "UPDATE person SET status = 'inactive', idp_pending = true, version = version + 1, updated_at = now()"
                + " WHERE hr_key = ? AND status = 'active'", externalId) > 0) {
            identityChanged(c, tenant);
        }
    }

    private static void rekey(Connection c, Change.Rekey rekey, Target target) throws SQLException {
        if (Sql.count(c, "SELECT count(*) FROM person WHERE hr_key = ?", rekey.externalId()) > 0) {
            throw new ApplyRefused("the new employee id is already in use");
        }
        int moved = Sql.update(c, "UPDATE person SET hr_key = ?, hr_connection_id = ?, version = version + 1, updated_at = now()"
                + " WHERE hr_key = ?", rekey.externalId(), target.connectionId(), rekey.oldExternalId());
        if (moved == 0) {
            throw new ApplyRefused("the old employee id is no longer in the directory");
        }
    }

    private void identityChanged(Connection c, TenantSlug tenant) throws SQLException {
        outbox.publish(c, tenant, IdentitySync.SYNC, "{}");
    }

    private static void set(List<String> sets, List<Object> params, String column, Object value) {
        set(sets, params, column, "?", value);
    }

    private static void set(List<String> sets, List<Object> params, String column, String expression, Object value) {
        sets.add(column + " = " + expression);
        params.add(value);
    }

    private static String status(HrEmployee e) {
        return e.active() ? "active" : "inactive";
    }

    private static String displayName(HrEmployee e) {
        String name = Stream.of(e.firstName(), e.lastName()).filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(" "));
        return name.isEmpty() ? e.email() : name;
    }

    private static HrEmployee employee(ResultSet r) throws SQLException {
        return new HrEmployee(r.getString("hr_key"), r.getString("email"), r.getString("given_name"), r.getString("family_name"),
                "active".equals(r.getString("status")), r.getString("manager_key"), r.getString("department"),
                r.getString("cost_center"), r.getString("location"), r.getObject("start_date", LocalDate.class), Sql.strings(r, "teams"));
    }
}
