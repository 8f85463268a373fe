package org.hugmenow.wellness.insights.domain;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A period as the API names it: {@code 2026-11-23} (day), {@code 2026-W48} (ISO week),
 * {@code 2026-11} (month), {@code 2026-Q4} (quarter), in the tenant's time zone.
 *
 * <p>Invariant: {@code start} is the first day of its grain's period, so one period has one name.
 */
public record InsightsPeriod(Grain grain, LocalDate start) {

    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final String FORMATS = "use 2026-11-23 (day), 2026-W48 (week), 2026-11 (month) or 2026-Q4 (quarter)";

    public InsightsPeriod {
        Objects.requireNonNull(grain, "grain");
        Objects.requireNonNull(start, "start");
        if (!grain.start(start).equals(start)) {
            throw new IllegalArgumentException(start + " does not start a " + grain.key());
        }
    }

    public static InsightsPeriod containing(Grain grain, LocalDate day) {
        return new InsightsPeriod(grain, grain.start(day));
    }

    /** Parses a period name; anything else is an {@link InsightsInputException} on {@code field}. */
    public static InsightsPeriod parse(String field, String text) {
        if (text == null) {
            throw new InsightsInputException(field, "a period is required; " + FORMATS);
        }
        try {
            Matcher m;
            if ((m = DAY.matcher(text)).matches()) {
                return containing(Grain.DAY, LocalDate.of(num(m, 1), num(m, 2), num(m, 3)));
            }
            if ((m = WEEK.matcher(text)).matches()) {
                LocalDate inYear = LocalDate.of(num(m, 1), 1, 4);
                long week = num(m, 2);
                if (!inYear.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).isValidValue(week)) {
                    throw new InsightsInputException(field, text + " has no such ISO week");
                }
                return containing(Grain.WEEK, inYear.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY));
            }
            if ((m = MONTH.matcher(text)).matches()) {
                return containing(Grain.MONTH, YearMonth.of(num(m, 1), num(m, 2)).atDay(1));
            }
            if ((m = QUARTER.matcher(text)).matches()) {
                return containing(Grain.QUARTER, LocalDate.of(num(m, 1), (num(m, 2) - 1) * 3 + 1, 1));
            }
        } catch (DateTimeException e) {
            throw new InsightsInputException(field, text + " is not a date; " + FORMATS);
        }
        throw new InsightsInputException(field, "'" + text + "' is not a period; " + FORMATS);
    }

    public Period period() {
        return new Period(start, grain.plus(start, 1));
    }

    public LocalDate lastDay() {
        return grain.plus(start, 1).minusDays(1);
    }

    public InsightsPeriod previous() {
        return new InsightsPeriod(grain, grain.plus(start, -1));
    }

    public InsightsPeriod next() {
        return new InsightsPeriod(grain, grain.plus(start, 1));
    }

    /** The periods from this one to {@code last}, both included, of the same grain. */
    public List<InsightsPeriod> through(InsightsPeriod last) {
        List<InsightsPeriod> periods = new ArrayList<>();
        for (InsightsPeriod p = this; !p.start.isAfter(last.start); p = p.next()) {
            periods.add(p);
        }
        return periods;
    }

    /** The canonical name (see the class comment). */
    public String id() {
        return switch (grain) {
            case DAY -> start.toString();
            case WEEK -> String.format("%d-W%02d", start.get(IsoFields.WEEK_BASED_YEAR), start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> YearMonth.from(start).toString();
            case QUARTER -> start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1);
        };
    }

    @Override
    public String toString() {
        return id();
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
