package org.hugmenow.wellness.insights.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A half-open range of days in the tenant's time zone: a day, an ISO week, a month or a quarter. */
public record Period(LocalDate start, LocalDate endExclusive) {

    public Period {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(endExclusive, "endExclusive");
        if (!start.isBefore(endExclusive)) {
            throw new IllegalArgumentException("a period ends after it starts: " + start + "/" + endExclusive);
        }
    }

    public static Period month(YearMonth month) {
        return new Period(month.atDay(1), month.plusMonths(1).atDay(1));
    }

    public static Period week(LocalDate monday) {
        return new Period(monday, monday.plusWeeks(1));
    }

    /** The calendar months whose data this period uses: each is charged when a value of it is drawn. */
    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        YearMonth last = YearMonth.from(endExclusive.minusDays(1));
        for (YearMonth m = YearMonth.from(start); !m.isAfter(last); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    @Override
    public String toString() {
        return start + "/" + endExclusive;
    }
}
