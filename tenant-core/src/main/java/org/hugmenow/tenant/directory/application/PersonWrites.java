package org.hugmenow.tenant.directory.application;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.hugmenow.tenant.directory.domain.ProvisionedPerson;
import org.hugmenow.tenant.directory.domain.SyncedIdentity;

/**
 * Writes of people by provisioning (SCIM) and by the identity-provider sync. Every method runs in
 * the caller's connection, so the write commits with the caller's outbox event and bookkeeping.
 * Every provisioning write bumps the person's {@code version} and marks them for the identity sync
 * ({@code idp_pending}); the caller publishes the sync event in the same transaction.
 */
public interface PersonWrites {

    /** A unique-index violation (username, external id) propagates as the SQLException (state 23505). */
    void provision(Connection c, String personId, ProvisionedPerson person) throws SQLException;

    /** Replaces what provisioning sets and brings back a deprovisioned person. */
    void reprovision(Connection c, String personId, ProvisionedPerson person) throws SQLException;

    /** Keep-data deprovisioning: sign-in goes, memberships go, the person's own data stays. */
    void deprovision(Connection c, String personId) throws SQLException;

    /** Removes the person; people they managed lose the link. */
    void erase(Connection c, String personId) throws SQLException;

    /**
     * Clears the pending mark of people pushed to the identity provider, only on rows still at the
     * version pushed: a change that slipped in meanwhile stays pending for the next sync.
     */
    void identitiesSynced(Connection c, List<SyncedIdentity> synced) throws SQLException;
}
