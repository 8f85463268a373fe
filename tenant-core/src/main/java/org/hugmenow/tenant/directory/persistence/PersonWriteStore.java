package org.hugmenow.tenant.directory.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.hugmenow.platform.db.Sql;
import org.hugmenow.tenant.directory.application.DirectoryChanges;
import org.hugmenow.tenant.directory.application.PersonWrites;
import org.hugmenow.tenant.directory.domain.ProvisionedPerson;
import org.hugmenow.tenant.directory.domain.SyncedIdentity;

/** SQL for people written by provisioning and by the identity-provider sync. */
@ApplicationScoped
public class PersonWriteStore implements PersonWrites {

    @Inject
    DirectoryChanges changes;

    @Override
    public void provision(Connection c, String personId, ProvisionedPerson p) throws SQLException {
        Sql.update(c, "INSERT INTO person (id, username, name, given_name, family_name, email, external_id, title,"
                        + " employee_number, department, cost_center, manager_id, status, scim, idp_pending)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, true)",
                personId, p.username(), p.name(), p.givenName(), p.familyName(), p.email(), p.externalId(), p.title(),
                p.employeeNumber(), p.department(), p.costCenter(), p.managerId(), p.active() ? "active" : "inactive", p.scimJson());
        changes.people(c, List.of(personId));
    }

    @Override
    public void reprovision(Connection c, String personId, ProvisionedPerson p) throws SQLException {
        Sql.update(c, "UPDATE person SET username = ?, name = ?, given_name = ?, family_name = ?, email = ?, external_id = ?,"
                        + " title = ?, employee_number = ?, department = ?, cost_center = ?, manager_id = ?, status = ?,"
                        + " scim = ?::jsonb, deprovisioned_at = NULL, version = version + 1, updated_at = now(), idp_pending = true"
                        + " WHERE id = ?",
                p.username(), p.name(), p.givenName(), p.familyName(), p.email(), p.externalId(), p.title(),
                p.employeeNumber(), p.department(), p.costCenter(), p.managerId(), p.active() ? "active" : "inactive",
                p.scimJson(), personId);
        changes.people(c, List.of(personId));
    }

    @Override
    public void deprovision(Connection c, String personId) throws SQLException {
        Sql.update(c, "DELETE FROM team_member WHERE person_id = ?", personId);
        Sql.update(c, "UPDATE person SET status = 'inactive', deprovisioned_at = now(), version = version + 1,"
                + " updated_at = now(), idp_pending = true WHERE id = ?", personId);
        changes.people(c, List.of(personId));
    }

    @Override
    public void erase(Connection c, String personId) throws SQLException {
        List<String> managed = Sql.list(c, "UPDATE person SET manager_id = NULL WHERE manager_id = ? RETURNING id", r -> r.getString(1), personId);
        Sql.update(c, "DELETE FROM person WHERE id = ?", personId);
        List<String> changed = new ArrayList<>(managed);
        changed.add(personId);
        changes.people(c, changed);
    }

    @Override
    public void identitiesSynced(Connection c, List<SyncedIdentity> synced) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE person p SET idp_pending = false, idp_created = seen.created"
                + " FROM unnest(?::text[], ?::bigint[], ?::boolean[]) AS seen(id, version, created)"
                + " WHERE p.id = seen.id AND p.version = seen.version")) {
            s.setArray(1, c.createArrayOf("text", synced.stream().map(SyncedIdentity::personId).toArray(String[]::new)));
            s.setArray(2, c.createArrayOf("bigint", synced.stream().map(SyncedIdentity::version).toArray(Long[]::new)));
            s.setArray(3, c.createArrayOf("boolean", synced.stream().map(SyncedIdentity::created).toArray(Boolean[]::new)));
            s.executeUpdate();
        }
    }
}
