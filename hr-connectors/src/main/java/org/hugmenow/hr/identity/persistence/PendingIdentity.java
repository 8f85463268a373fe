package org.hugmenow.hr.identity.persistence;

/** A person whose realm user is behind the directory, with the row version the pending mark may be cleared at. */
public record PendingIdentity(String id, String username, String email, String givenName, String familyName, String name,
                              boolean active, boolean created, long version) {

    public PendingIdentity withoutEmail() {
        return new PendingIdentity(id, username, null, givenName, familyName, name, active, created, version);
    }
}
