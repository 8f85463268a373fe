package org.hugmenow.wellness.mood.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Averages over time and the link between each factor and mood, from per-day sums. */
public record Trends(LocalDate from, LocalDate to, long entries, List<Period<LocalDate>> weekly,
                     List<Period<YearMonth>> monthly, List<DayAverage> movingAverage7, List<Period<DayOfWeek>> dayOfWeek,
                     List<FactorCorrelation> factors) {

    public record Day(LocalDate date, long scoreSum, long count) {
    }

    public record Period<K>(K key, double average, long count) {
    }

    public record DayAverage(LocalDate date, double average) {
    }

    /** Pearson correlation of a factor with the score; null when it cannot be computed (n < 3 or no variance). */
    public record FactorCorrelation(String factor, Double correlation, long sampleSize) {
    }

    public static Trends of(LocalDate from, LocalDate to, List<Day> days, List<FactorCorrelation> factors) {
        Map<LocalDate, long[]> weeks = new TreeMap<>();
        Map<YearMonth, long[]> months = new TreeMap<>();
        Map<DayOfWeek, long[]> weekdays = new TreeMap<>();
        Map<LocalDate, Day> byDate = new TreeMap<>();
        long entries = 0;
        for (Day d : days) {
            add(weeks, d.date().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), d);
            add(months, YearMonth.from(d.date()), d);
            add(weekdays, d.date().getDayOfWeek(), d);
            byDate.put(d.date(), d);
            entries += d.count();
        }
        return new Trends(from, to, entries, periods(weeks), periods(months), moving(byDate), periods(weekdays), factors);
    }

    /** For each day with entries: the mean of all entries in that day and the six before it. */
    private static List<DayAverage> moving(Map<LocalDate, Day> byDate) {
        List<DayAverage> out = new ArrayList<>();
        for (LocalDate date : byDate.keySet()) {
            long sum = 0;
            long count = 0;
            for (int back = 0; back < 7; back++) {
                Day d = byDate.get(date.minusDays(back));
                if (d != null) {
                    sum += d.scoreSum();
                    count += d.count();
                }
            }
            out.add(new DayAverage(date, round((double) sum / count)));
        }
        return out;
    }

    private static <K> void add(Map<K, long[]> into, K key, Day d) {
        long[] acc = into.computeIfAbsent(key, k -> new long[2]);
        acc[0] += d.scoreSum();
        acc[1] += d.count();
    }

    private static <K> List<Period<K>> periods(Map<K, long[]> sums) {
        List<Period<K>> out = new ArrayList<>();
        sums.forEach((k, acc) -> out.add(new Period<>(k, round((double) acc[0] / acc[1]), acc[1])));
        return out;
    }

    static double round(double v) {
        return Math.round(v * 100.0) / 100.0;
    }
}
