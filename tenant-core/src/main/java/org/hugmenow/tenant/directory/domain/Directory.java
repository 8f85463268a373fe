package org.hugmenow.tenant.directory.domain;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hugmenow.platform.tenancy.TenantSlug;

/**
 * The tenant directory: people, teams and memberships, shared by every module. Identity
 * providers, SCIM and HR connectors write it; wellness and analytics read it.
 */
public interface Directory {

    /**
     * Adds a person seen for the first time in a verified token; an existing person is left as
     * is. Returns false if the directory holds the person as inactive.
     */
    boolean register(TenantSlug tenant, String personId, String username);

    Optional<Person> person(TenantSlug tenant, String personId);

    List<Person> search(TenantSlug tenant, String query, int limit);

    /** How many active people the tenant has (the operators' tenant list shows it). */
    long activePeople(TenantSlug tenant);

    List<Team> teams(TenantSlug tenant);

    Optional<Team> team(TenantSlug tenant, UUID teamId);

    Team createTeam(TenantSlug tenant, String name, UUID parentId);

    /** False if the team or the person does not exist. */
    boolean addMember(TenantSlug tenant, UUID teamId, String personId);

    boolean removeMember(TenantSlug tenant, UUID teamId, String personId);

    /** Active members of a team. */
    Set<String> members(TenantSlug tenant, UUID teamId);
}
