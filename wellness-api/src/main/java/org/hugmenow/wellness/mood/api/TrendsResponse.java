package org.hugmenow.wellness.mood.api;

import java.time.LocalDate;
import java.util.List;
import org.hugmenow.wellness.mood.domain.Trends;

public record TrendsResponse(LocalDate from, LocalDate to, long entries, List<Week> weekly, List<Month> monthly,
                             List<Trends.DayAverage> movingAverage7, List<Weekday> dayOfWeek, List<Trends.FactorCorrelation> factors) {

    public record Week(LocalDate weekStart, double average, long count) {
    }

    public record Month(String month, double average, long count) {
    }

    public record Weekday(String day, double average, long count) {
    }

    static TrendsResponse of(Trends t) {
        return new TrendsResponse(t.from(), t.to(), t.entries(),
                t.weekly().stream().map(p -> new Week(p.key(), p.average(), p.count())).toList(),
                t.monthly().stream().map(p -> new Month(p.key().toString(), p.average(), p.count())).toList(),
                t.movingAverage7(),
                t.dayOfWeek().stream().map(p -> new Weekday(p.key().name(), p.average(), p.count())).toList(),
                t.factors());
    }
}
