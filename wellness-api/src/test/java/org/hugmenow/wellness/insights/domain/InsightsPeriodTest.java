package org.hugmenow.wellness.insights.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class InsightsPeriodTest {

    @Test
    void namesAndRangesOfEachGrain() {
        assertPeriod("2026-11-23", Grain.DAY, "2026-11-23", "2026-11-24");
        assertPeriod("2026-W48", Grain.WEEK, "2026-11-23", "2026-11-30");
        assertPeriod("2026-11", Grain.MONTH, "2026-11-01", "2026-12-01");
        assertPeriod("2026-Q4", Grain.QUARTER, "2026-10-01", "2027-01-01");
        // ISO week 1 of 2026 starts in 2025; 2026 has 53 weeks
        assertPeriod("2026-W01", Grain.WEEK, "2025-12-29", "2026-01-05");
        assertPeriod("2026-W53", Grain.WEEK, "2026-12-28", "2027-01-04");
    }

    @Test
    void previousAndNextStayInTheGrain() {
        assertEquals("2025-Q4", InsightsPeriod.parse("p", "2026-Q1").previous().id());
        assertEquals("2027-W01", InsightsPeriod.parse("p", "2026-W53").next().id());
        assertEquals(3, InsightsPeriod.parse("p", "2026-10").through(InsightsPeriod.parse("p", "2026-12")).size());
    }

    @Test
    void badNamesAreRefused() {
        for (String bad : new String[] {"2026-13", "2026-02-30", "2025-W53", "2026-W00", "2026-Q5", "26-11", "2026/11", "last month", ""}) {
            InsightsInputException e = assertThrows(InsightsInputException.class, () -> InsightsPeriod.parse("period", bad), bad);
            assertEquals("period", e.field());
        }
        assertThrows(InsightsInputException.class, () -> InsightsPeriod.parse("period", null));
    }

    @Test
    void onlyClosedPeriodsWithinFiveYearsAndAtMostSixtyAtATime() {
        PeriodWindow window = new PeriodWindow(LocalDate.of(2026, 12, 4));
        window.check("period", InsightsPeriod.parse("p", "2026-11"));
        window.check("period", InsightsPeriod.parse("p", "2026-12-03"));
        assertThrows(InsightsInputException.class, () -> window.check("period", InsightsPeriod.parse("p", "2026-12")));
        assertThrows(InsightsInputException.class, () -> window.check("period", InsightsPeriod.parse("p", "2026-W49")));
        assertThrows(InsightsInputException.class, () -> window.check("period", InsightsPeriod.parse("p", "2021-11")));
        assertThrows(InsightsInputException.class, () -> window.range(InsightsPeriod.parse("p", "2026-11"), InsightsPeriod.parse("p", "2026-10")));
        assertThrows(InsightsInputException.class, () -> window.range(InsightsPeriod.parse("p", "2026-10"), InsightsPeriod.parse("p", "2026-W47")));
        assertThrows(InsightsInputException.class, () -> window.range(InsightsPeriod.parse("p", "2026-01-01"), InsightsPeriod.parse("p", "2026-11-30")));
        assertEquals("2026-11", window.lastClosed(Grain.MONTH).id());
    }

    private static void assertPeriod(String name, Grain grain, String start, String endExclusive) {
        InsightsPeriod p = InsightsPeriod.parse("period", name);
        assertEquals(grain, p.grain());
        assertEquals(new Period(LocalDate.parse(start), LocalDate.parse(endExclusive)), p.period());
        assertEquals(name, p.id());
    }
}
