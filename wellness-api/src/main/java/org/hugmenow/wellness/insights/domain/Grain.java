package org.hugmenow.wellness.insights.domain;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * How finely rollups cut time: a day, an ISO week (Monday to Sunday, so a week may start in the
 * previous year), a calendar month or a calendar quarter, all in the tenant's time zone. The
 * rollup SQL cuts the same way ({@code date_trunc} on a date); {@code GrainTest} pins both down.
 */
public enum Grain {
    DAY, WEEK, MONTH, QUARTER;

    /** The first day of the period of this grain that contains {@code day}. */
    public LocalDate start(LocalDate day) {
        return switch (this) {
            case DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
            case QUARTER -> LocalDate.of(day.getYear(), (day.getMonthValue() - 1) / 3 * 3 + 1, 1);
        };
    }

    /** The period of this grain that contains {@code day}. */
    public Period periodOf(LocalDate day) {
        LocalDate start = start(day);
        return new Period(start, switch (this) {
            case DAY -> start.plusDays(1);
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
            case QUARTER -> start.plusMonths(3);
        });
    }

    /** The first day of the period {@code periods} periods after the one starting on {@code start}. */
    LocalDate plus(LocalDate start, long periods) {
        return switch (this) {
            case DAY -> start.plusDays(periods);
            case WEEK -> start.plusWeeks(periods);
            case MONTH -> start.plusMonths(periods);
            case QUARTER -> start.plusMonths(3 * periods);
        };
    }

    /** The tenant-local day of a moment: what a check-in or a delivered hug is counted under. */
    public static LocalDate dayOf(Instant moment, ZoneId tenantZone) {
        return moment.atZone(tenantZone).toLocalDate();
    }

    /** The name the rollup tables store ({@code 'day'}, {@code 'week'}, ...). */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Grain ofKey(String key) {
        return valueOf(key.toUpperCase(Locale.ROOT));
    }
}
