package org.hugmenow.wellness.mood.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrendsTest {

    // 2026-11-23 is a Monday.
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    @Test
    void weeklyAndMonthlyAveragesWeighEveryEntry() {
        List<Trends.Day> days = List.of(
                new Trends.Day(MONDAY.minusDays(1), 2, 1),          // Sunday of the week before, November
                new Trends.Day(MONDAY, 12, 3),                     // three entries: 5, 4, 3
                new Trends.Day(MONDAY.plusDays(8), 1, 1));          // next week, December 1st
        Trends t = Trends.of(MONDAY.minusDays(1), MONDAY.plusDays(8), days, List.of());

        assertEquals(5, t.entries());
        assertEquals(List.of(MONDAY.minusDays(7), MONDAY, MONDAY.plusDays(7)), t.weekly().stream().map(Trends.Period::key).toList());
        assertEquals(4.0, t.weekly().get(1).average());
        assertEquals(3, t.weekly().get(1).count());
        assertEquals(YearMonth.of(2026, 11), t.monthly().get(0).key());
        assertEquals(3.5, t.monthly().get(0).average(), "(2 + 12) / 4 entries");
        assertEquals(1.0, t.monthly().get(1).average());
    }

    @Test
    void theMovingAverageCoversTheDayAndTheSixBefore() {
        List<Trends.Day> days = List.of(
                new Trends.Day(MONDAY, 5, 1),
                new Trends.Day(MONDAY.plusDays(6), 1, 1),
                new Trends.Day(MONDAY.plusDays(7), 3, 1));
        Trends t = Trends.of(MONDAY, MONDAY.plusDays(7), days, List.of());

        assertEquals(List.of(5.0, 3.0, 2.0), t.movingAverage7().stream().map(Trends.DayAverage::average).toList(),
                "day 6 still sees Monday; day 7 no longer does");
    }

    @Test
    void dayOfWeekPatternsGroupByWeekday() {
        List<Trends.Day> days = List.of(new Trends.Day(MONDAY, 2, 1), new Trends.Day(MONDAY.plusDays(7), 4, 1),
                new Trends.Day(MONDAY.plusDays(4), 10, 2));
        Trends t = Trends.of(MONDAY, MONDAY.plusDays(7), days, List.of());

        assertEquals(DayOfWeek.MONDAY, t.dayOfWeek().get(0).key());
        assertEquals(3.0, t.dayOfWeek().get(0).average());
        assertEquals(2, t.dayOfWeek().get(0).count());
        assertEquals(DayOfWeek.FRIDAY, t.dayOfWeek().get(1).key());
        assertEquals(5.0, t.dayOfWeek().get(1).average());
    }
}
