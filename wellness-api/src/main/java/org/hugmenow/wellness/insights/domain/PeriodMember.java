package org.hugmenow.wellness.insights.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A person who was an active member of the tenant at some time in a period, with the attributes of
 * their latest active membership row in it (so every person has one department, location, manager
 * and set of teams per period, and departments, locations and tenure bands partition the tenant).
 */
public record PeriodMember(String personId, Set<UUID> teams, String department, String location, String managerId,
        LocalDate startDate) {

    public PeriodMember {
        Objects.requireNonNull(personId, "personId");
        teams = Set.copyOf(teams);
    }
}
