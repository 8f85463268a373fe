package org.hugmenow.tenant.directory.application;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hugmenow.tenant.directory.domain.HrPerson;

/**
 * Writes of people by an HR connection, in the caller's connection: the sync engine applies a
 * change together with its outbox event and the mark that it was applied. A person is linked to
 * the connection that manages them ({@code hr_connection_id}) under the source's key ({@code hr_key}).
 */
public interface HrPersonWrites {

    /**
     * Adds a person the source knows and the directory does not, with their teams; false when a
     * person with this key was added meanwhile (the key's unique index keeps them one person).
     */
    boolean add(Connection c, String personId, HrPerson person, UUID connectionId) throws SQLException;

    /** Links an existing sign-in account to the source's record. */
    void link(Connection c, String personId, String hrKey, UUID connectionId) throws SQLException;

    /** A person no connection manages any more is taken over by this one. */
    void adopt(Connection c, String personId, UUID connectionId) throws SQLException;

    /**
     * Writes exactly these attributes (teams included) and bumps the version; true when an identity
     * attribute was written, which marks the person for the identity sync: the caller then
     * publishes the sync event.
     */
    boolean write(Connection c, String personId, HrPerson person, Set<HrPerson.Field> fields) throws SQLException;

    /** True when an active person was deactivated (and marked for the identity sync). */
    boolean deactivate(Connection c, String hrKey) throws SQLException;

    /** Moves a person to the source's new key; false when no person has the old one. */
    boolean rekey(Connection c, String oldHrKey, String newHrKey, UUID connectionId) throws SQLException;

    /** Sets managers by key where the link is still empty, so another source's value is never overwritten. */
    void fillManagers(Connection c, Map<String, String> managerKeyByKey) throws SQLException;
}
