package org.hugmenow.tenant.directory.domain;

/**
 * What a provisioning client (SCIM) sets on a person; {@code scimJson} keeps what the client sent
 * beyond the columns, so it can be given back unchanged.
 */
public record ProvisionedPerson(String username, String name, String givenName, String familyName, String email,
                                String externalId, String title, String employeeNumber, String department, String costCenter,
                                String managerId, boolean active, String scimJson) {
}
