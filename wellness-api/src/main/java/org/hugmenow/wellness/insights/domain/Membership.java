package org.hugmenow.wellness.insights.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What the directory said of a person from {@code validFrom} (inclusive) to {@code validTo}
 * (exclusive; null while it still holds), in tenant-local days. {@code active} is the directory
 * status; {@code teamIds} the teams they were a direct member of, sorted.
 */
public record Membership(String personId, LocalDate validFrom, LocalDate validTo, boolean active, List<UUID> teamIds,
                         String department, String location, String managerId, LocalDate startDate) {

    public Membership {
        teamIds = List.copyOf(teamIds);
    }

    /** Whether this row describes the person on {@code day}. */
    public boolean holdsOn(LocalDate day) {
        return !validFrom.isAfter(day) && (validTo == null || validTo.isAfter(day));
    }
}
