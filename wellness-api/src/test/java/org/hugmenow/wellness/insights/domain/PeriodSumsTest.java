package org.hugmenow.wellness.insights.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PeriodSumsTest {

    @Test
    void checkInsAreSummedIntoEveryGrainWithDistinctEmotionsAndPerFactorCounts() {
        PeriodSums sums = new PeriodSums("p1");
        sums.add(LocalDate.of(2026, 3, 30), 4, List.of("calm", "joyful"), Map.of("sleepHours", 7.5));
        sums.add(LocalDate.of(2026, 3, 30), 2, List.of("calm"), Map.of("sleepHours", 5.0, "exercise", 30.0));
        sums.add(LocalDate.of(2026, 4, 1), 5, List.of("proud"), Map.of());

        List<PersonPeriod> rows = sums.periods();
        PersonPeriod march30 = row(rows, Grain.DAY, LocalDate.of(2026, 3, 30));
        assertEquals(2, march30.checkins());
        assertEquals(6, march30.scoreSum());
        assertEquals(List.of("calm", "joyful"), march30.emotions());
        assertEquals(Map.of("sleepHours", 12.5, "exercise", 30.0), march30.factorSums());
        assertEquals(Map.of("sleepHours", 2, "exercise", 1), march30.factorCounts());
        PersonPeriod week = row(rows, Grain.WEEK, LocalDate.of(2026, 3, 30));
        assertEquals(3, week.checkins(), "Monday the 30th and Wednesday the 1st share an ISO week");
        assertEquals(List.of("calm", "joyful", "proud"), week.emotions());
        assertEquals(2, row(rows, Grain.MONTH, LocalDate.of(2026, 3, 1)).checkins());
        assertEquals(1, row(rows, Grain.MONTH, LocalDate.of(2026, 4, 1)).checkins());
        assertEquals(2, row(rows, Grain.QUARTER, LocalDate.of(2026, 1, 1)).checkins());
        assertEquals(1, row(rows, Grain.QUARTER, LocalDate.of(2026, 4, 1)).checkins());
        assertEquals(7, rows.size(), "2 days, 1 week, 2 months, 2 quarters");
    }

    private static PersonPeriod row(List<PersonPeriod> rows, Grain grain, LocalDate start) {
        return rows.stream().filter(r -> r.grain() == grain && r.periodStart().equals(start)).findFirst().orElseThrow();
    }
}
