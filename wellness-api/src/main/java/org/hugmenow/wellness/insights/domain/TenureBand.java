package org.hugmenow.wellness.insights.domain;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

/** Years since a person's start date, at the last day of a period: under 1, 1–2, 2–5, 5 and more. */
public enum TenureBand {
    UNDER_1Y("under-1y", 1), Y1_2("1-2y", 2), Y2_5("2-5y", 5), Y5_PLUS("5y-plus", Integer.MAX_VALUE);

    private final String id;
    private final int belowYears;

    TenureBand(String id, int belowYears) {
        this.id = id;
        this.belowYears = belowYears;
    }

    public String id() {
        return id;
    }

    /** The band on {@code asOf}; someone whose start date is still ahead counts as under a year. None without a start date. */
    public static Optional<TenureBand> of(LocalDate startDate, LocalDate asOf) {
        if (startDate == null) {
            return Optional.empty();
        }
        int years = startDate.isAfter(asOf) ? 0 : java.time.Period.between(startDate, asOf).getYears();
        return Arrays.stream(values()).filter(band -> years < band.belowYears).findFirst();
    }

    public static Optional<TenureBand> byId(String id) {
        return Arrays.stream(values()).filter(band -> band.id.equals(id)).findFirst();
    }
}
