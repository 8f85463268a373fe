package org.hugmenow.hr.connector.spi;

import java.time.LocalDate;
import java.util.List;

/**
 * One employee as an HR system reports them, in the directory's terms. {@code externalId} is the
 * HR system's own key; {@code managerExternalId} refers to another employee's {@code externalId}.
 */
public record HrEmployee(String externalId, String email, String firstName, String lastName, boolean active,
                         String managerExternalId, String department, String costCenter, String location,
                         LocalDate startDate, List<String> teams) {

    public HrEmployee {
        teams = teams == null ? List.of() : List.copyOf(teams);
    }
}
