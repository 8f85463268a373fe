package org.hugmenow.wellness.insights.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** How long a period is; the {@link #id()} is the grain of the rollup rows ({@code insights_person_period.grain}). */
public enum Grain {
    DAY("day"), WEEK("week"), MONTH("month"), QUARTER("quarter");

    private final String id;

    Grain(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The first day of the period of this grain that contains {@code day}. */
    public LocalDate startOf(LocalDate day) {
        return switch (this) {
            case DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
            case QUARTER -> LocalDate.of(day.getYear(), (day.getMonthValue() - 1) / 3 * 3 + 1, 1);
        };
    }

    LocalDate plus(LocalDate start, long periods) {
        return switch (this) {
            case DAY -> start.plusDays(periods);
            case WEEK -> start.plusWeeks(periods);
            case MONTH -> start.plusMonths(periods);
            case QUARTER -> start.plusMonths(3 * periods);
        };
    }
}
