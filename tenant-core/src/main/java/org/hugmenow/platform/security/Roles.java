package org.hugmenow.platform.security;

import java.util.Set;

/** Role names as they appear in tokens and in {@code @RolesAllowed}. */
public final class Roles {

    public static final String EMPLOYEE = "employee";
    public static final String TEAM_LEAD = "team-lead";
    public static final String HR_ADMIN = "hr-admin";
    public static final String IT_ADMIN = "it-admin";
    public static final String FINANCE = "finance";
    public static final String PLATFORM_OPERATOR = "platform-operator";
    /** A provisioning client (SCIM credential or service account); never a person. */
    public static final String SCIM_PROVISIONER = "scim-provisioner";

    /** The only roles a tenant realm can grant; anything else in its tokens is ignored. */
    public static final Set<String> TENANT_ROLES = Set.of(EMPLOYEE, TEAM_LEAD, HR_ADMIN, IT_ADMIN, FINANCE, SCIM_PROVISIONER);

    /** Roles only people hold; a caller with none of them is a machine client. */
    public static final Set<String> PERSON_ROLES = Set.of(EMPLOYEE, TEAM_LEAD, HR_ADMIN, IT_ADMIN, FINANCE);

    /**
     * Not a role anyone holds: {@code @RolesAllowed(Roles.MEMBERS)} admits every person of a tenant
     * (the {@link #PERSON_ROLES}), and {@link #expand} is where that alias is resolved.
     */
    public static final String MEMBERS = "members";

    /** The only role the platform realm grants. */
    public static final Set<String> PLATFORM_ROLES = Set.of(PLATFORM_OPERATOR);

    /** The roles an {@code @RolesAllowed} list admits, with {@link #MEMBERS} resolved. */
    public static Set<String> expand(java.util.Collection<String> allowed) {
        Set<String> roles = new java.util.HashSet<>(allowed);
        if (roles.remove(MEMBERS)) {
            roles.addAll(PERSON_ROLES);
        }
        return Set.copyOf(roles);
    }

    /**
     * The groups the container is told the caller holds: the roles plus {@link #MEMBERS} for a
     * person. Payara also checks {@code @RolesAllowed} on CDI beans against these groups, so the
     * alias must be among them or {@code @RolesAllowed(Roles.MEMBERS)} refuses every caller.
     */
    public static Set<String> containerGroups(Set<String> roles) {
        if (roles.stream().noneMatch(PERSON_ROLES::contains)) {
            return roles;
        }
        Set<String> groups = new java.util.HashSet<>(roles);
        groups.add(MEMBERS);
        return Set.copyOf(groups);
    }

    private Roles() {
    }
}
