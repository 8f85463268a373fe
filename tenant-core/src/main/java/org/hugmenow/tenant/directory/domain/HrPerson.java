package org.hugmenow.tenant.directory.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * A person as an HR source describes them, in the directory's terms. {@code hrKey} is the
 * source's own key; {@code managerHrKey} is the manager's. Teams are named, as HR systems name them.
 */
public record HrPerson(String hrKey, String email, String givenName, String familyName, boolean active,
                       String managerHrKey, String department, String costCenter, String location, LocalDate startDate,
                       List<String> teams) {

    public HrPerson {
        teams = teams == null ? List.of() : List.copyOf(teams);
    }

    /** The attributes an HR source can write; the source writes only those it owns. */
    public enum Field {
        EMAIL, FIRST_NAME, LAST_NAME, ACTIVE, MANAGER, DEPARTMENT, COST_CENTER, LOCATION, START_DATE, TEAMS
    }
}
