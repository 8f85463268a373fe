package org.hugmenow.hr.scim.persistence;

import java.time.Instant;
import java.util.List;
import org.hugmenow.tenant.directory.domain.ProvisionedPerson;

/** A person as the directory holds them, with what SCIM needs to show them. */
public record PersonRecord(String id, String username, String name, String givenName, String familyName,
                           String email, String externalId, String title, String employeeNumber, String department,
                           String costCenter, String managerId, String managerName, boolean active, String scimJson,
                           long version, Instant created, Instant updated, List<TeamRef> teams) {

    public record TeamRef(String id, String name) {
    }

    /** The person as provisioning would write them now. */
    public ProvisionedPerson asProvisioned() {
        return new ProvisionedPerson(username, name, givenName, familyName, email, externalId, title, employeeNumber, department,
                costCenter, managerId, active, scimJson);
    }

    public PersonRecord withTeams(List<TeamRef> memberOf) {
        return new PersonRecord(id, username, name, givenName, familyName, email, externalId, title, employeeNumber,
                department, costCenter, managerId, managerName, active, scimJson, version, created, updated, memberOf);
    }
}
