package org.hugmenow.hr.sync.domain;

import java.util.Objects;
import java.util.function.Function;
import org.hugmenow.hr.connector.spi.HrEmployee;

/** The directory attributes a source can own; the tenant chooses which source owns which. */
public enum Attribute {
    EMAIL(HrEmployee::email),
    FIRST_NAME(HrEmployee::firstName),
    LAST_NAME(HrEmployee::lastName),
    ACTIVE(HrEmployee::active),
    MANAGER(HrEmployee::managerExternalId),
    DEPARTMENT(HrEmployee::department),
    COST_CENTER(HrEmployee::costCenter),
    LOCATION(HrEmployee::location),
    START_DATE(HrEmployee::startDate),
    TEAMS(e -> java.util.Set.copyOf(e.teams()));

    private final Function<HrEmployee, Object> read;

    Attribute(Function<HrEmployee, Object> read) {
        this.read = read;
    }

    public Object of(HrEmployee employee) {
        return read.apply(employee);
    }

    public boolean differs(HrEmployee a, HrEmployee b) {
        return !Objects.equals(of(a), of(b));
    }
}
