package org.hugmenow.wellness.insights.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * Which periods may be released on a given day in the tenant's time zone: closed ones only (a draw
 * is final for its key, so a period still open would keep its early value; ADR 0012 "open
 * periods"), from at most {@value #MAX_YEARS_BACK} years back; a range holds at most
 * {@value #MAX_PERIODS} periods of one grain.
 */
public record PeriodWindow(LocalDate today) {

    public static final int MAX_YEARS_BACK = 5;
    public static final int MAX_PERIODS = 60;

    public InsightsPeriod check(String field, InsightsPeriod period) {
        if (period.period().endExclusive().isAfter(today)) {
            throw new InsightsInputException(field, period.id() + " has not ended yet; insights show closed periods only");
        }
        if (period.start().isBefore(today.minusYears(MAX_YEARS_BACK))) {
            throw new InsightsInputException(field, period.id() + " is more than " + MAX_YEARS_BACK + " years back");
        }
        return period;
    }

    public List<InsightsPeriod> range(InsightsPeriod from, InsightsPeriod to) {
        check("from", from);
        check("to", to);
        if (from.grain() != to.grain()) {
            throw new InsightsInputException("to", "from and to must be periods of the same kind (day, week, month or quarter)");
        }
        if (to.start().isBefore(from.start())) {
            throw new InsightsInputException("to", "to comes before from");
        }
        List<InsightsPeriod> periods = from.through(to);
        if (periods.size() > MAX_PERIODS) {
            throw new InsightsInputException("to", "at most " + MAX_PERIODS + " periods at a time, asked " + periods.size());
        }
        return periods;
    }

    /** The latest closed period of the grain. */
    public InsightsPeriod lastClosed(Grain grain) {
        return InsightsPeriod.containing(grain, today).previous();
    }
}
