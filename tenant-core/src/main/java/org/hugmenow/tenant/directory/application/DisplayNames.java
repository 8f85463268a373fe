package org.hugmenow.tenant.directory.application;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The name a person chose for colleagues to see, written in the caller's connection so that it
 * commits with the setting it comes from (a saved profile, an erasure).
 */
public interface DisplayNames {

    /** Shows {@code name} instead of the directory name; null restores the directory name. */
    void show(Connection c, String personId, String name) throws SQLException;

    /**
     * Erasure: drops the chosen name. Unlike {@link #show} this is not a change of the person's
     * record, so its modification time (the SCIM meta.lastModified) stays.
     */
    void forget(Connection c, String personId) throws SQLException;
}
