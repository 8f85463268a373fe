package org.hugmenow.wellness.shared.api;

import org.hugmenow.platform.security.Roles;

/** Role sets for wellness endpoints: every member of a tenant is also an employee with a mood of their own. */
public final class Members {

    public static final String EMPLOYEE = Roles.EMPLOYEE;
    public static final String TEAM_LEAD = Roles.TEAM_LEAD;
    public static final String HR_ADMIN = Roles.HR_ADMIN;
    public static final String IT_ADMIN = Roles.IT_ADMIN;
    public static final String FINANCE = Roles.FINANCE;

    private Members() {
    }
}
