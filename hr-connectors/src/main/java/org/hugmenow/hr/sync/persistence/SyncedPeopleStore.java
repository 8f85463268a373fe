package org.hugmenow.hr.sync.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hugmenow.hr.connector.spi.HrEmployee;
import org.hugmenow.platform.db.Sql;

/**
 * SQL reading the directory's people as HR connections see them. Reads only: people are written
 * through tenant-core's directory ({@link org.hugmenow.tenant.directory.application.HrPersonWrites}).
 */
@ApplicationScoped
public class SyncedPeopleStore {

    private static final String PERSON = "SELECT p.id, p.hr_key, p.email, p.given_name, p.family_name, p.status, m.hr_key AS manager_key,"
            + " p.department, p.cost_center, p.location, p.start_date, ARRAY(SELECT t.name FROM team_member tm JOIN team t"
            + " ON t.id = tm.team_id WHERE tm.person_id = p.id ORDER BY t.name) AS teams FROM person p LEFT JOIN person m ON m.id = p.manager_id";

    /** The people a connection manages, and their person ids by HR key. */
    public record ManagedPeople(List<HrEmployee> employees, Map<String, String> personIds) {
    }

    /** People with an HR key that this connection manages, or that no connection manages any more (it adopts them). */
    public ManagedPeople managedBy(Connection c, UUID connectionId) throws SQLException {
        Map<String, String> personIds = new HashMap<>();
        List<HrEmployee> employees = Sql.list(c, PERSON + " WHERE p.hr_key IS NOT NULL AND (p.hr_connection_id = ? OR p.hr_connection_id IS NULL)",
                r -> {
                    personIds.put(r.getString("hr_key"), r.getString("id"));
                    return employee(r);
                }, connectionId);
        return new ManagedPeople(employees, personIds);
    }

    /** The person as an HR record. */
    public Optional<HrEmployee> employee(Connection c, String personId) throws SQLException {
        return Sql.one(c, PERSON + " WHERE p.id = ?", SyncedPeopleStore::employee, personId);
    }

    /** Who holds an HR key: the managing connection's id as text, empty when no connection manages the person. */
    public Optional<String> keyHolder(Connection c, String hrKey) throws SQLException {
        return Sql.one(c, "SELECT coalesce(hr_connection_id::text, '') FROM person WHERE hr_key = ?", r -> r.getString(1), hrKey);
    }

    /** The sign-in account without an HR record for this email (by email first, then by username), locked. */
    public Optional<String> lockUnlinkedAccount(Connection c, String email) throws SQLException {
        return Sql.one(c, "SELECT id FROM person WHERE hr_key IS NULL AND (lower(email) = lower(?) OR lower(username) = lower(?))"
                + " ORDER BY (lower(email) = lower(?)) DESC NULLS LAST, created_at LIMIT 1 FOR UPDATE", r -> r.getString(1),
                email, email, email);
    }

    /** Whether anyone signs in with, or has, this email. */
    public boolean emailTaken(Connection c, String email) throws SQLException {
        return Sql.count(c, "SELECT count(*) FROM person WHERE lower(username) = lower(?) OR lower(email) = lower(?)", email, email) > 0;
    }

    /** The person with this HR key, locked. */
    public Optional<String> lockByKey(Connection c, String hrKey) throws SQLException {
        return Sql.one(c, "SELECT id FROM person WHERE hr_key = ? FOR UPDATE", r -> r.getString(1), hrKey);
    }

    public boolean keyTaken(Connection c, String hrKey) throws SQLException {
        return Sql.count(c, "SELECT count(*) FROM person WHERE hr_key = ?", hrKey) > 0;
    }

    private static HrEmployee employee(ResultSet r) throws SQLException {
        return new HrEmployee(r.getString("hr_key"), r.getString("email"), r.getString("given_name"), r.getString("family_name"),
                "active".equals(r.getString("status")), r.getString("manager_key"), r.getString("department"),
                r.getString("cost_center"), r.getString("location"), r.getObject("start_date", LocalDate.class), Sql.strings(r, "teams"));
    }
}
