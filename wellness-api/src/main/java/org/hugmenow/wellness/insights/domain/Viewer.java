package org.hugmenow.wellness.insights.domain;

import java.util.Objects;
import java.util.Set;

/** Who asks for insights: their person id (never shown) and their roles as the token names them. */
public record Viewer(String personId, Set<String> roles) {

    public static final String HR_ADMIN = "hr-admin";
    public static final String TEAM_LEAD = "team-lead";

    public Viewer {
        Objects.requireNonNull(personId, "personId");
        roles = Set.copyOf(roles);
    }

    public boolean isHrAdmin() {
        return roles.contains(HR_ADMIN);
    }

    public boolean isTeamLead() {
        return roles.contains(TEAM_LEAD);
    }
}
