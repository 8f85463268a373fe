package org.hugmenow.tenant.directory.application;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;

/**
 * Writes of teams and memberships by provisioning (SCIM groups) and HR connections, in the
 * caller's connection. A team's {@code version} is its SCIM ETag: provisioning bumps it with
 * {@link #update}, HR connections whenever a team's members change.
 */
public interface TeamWrites {

    /** Returns the new team's id; a duplicate external id propagates as the SQLException (state 23505). */
    String create(Connection c, String name, String externalId, String scimJson) throws SQLException;

    void update(Connection c, String teamId, String name, String externalId, String scimJson) throws SQLException;

    void delete(Connection c, String teamId) throws SQLException;

    /** Replaces a team's members: people by membership, child teams by their parent link; the version stays. */
    void setMembers(Connection c, String teamId, Collection<String> people, Collection<String> childTeams) throws SQLException;

    /**
     * Makes the person a member of exactly the teams with these names, creating teams that do not
     * exist yet; teams whose members changed get a new version.
     */
    void setTeamsByName(Connection c, String personId, List<String> teamNames) throws SQLException;
}
