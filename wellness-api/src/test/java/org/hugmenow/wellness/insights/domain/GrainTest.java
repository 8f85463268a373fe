package org.hugmenow.wellness.insights.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Period arithmetic of the rollups: ISO weeks across year ends, quarters, tenant-local days. */
class GrainTest {

    @Test
    void isoWeeksStartOnMondayEvenInThePreviousYear() {
        // 2027-01-01 is a Friday: its ISO week (2026-W53) starts on Monday 2026-12-28.
        assertEquals(new Period(LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 4)), Grain.WEEK.periodOf(LocalDate.of(2027, 1, 1)));
        assertEquals(LocalDate.of(2026, 12, 28), Grain.WEEK.start(LocalDate.of(2027, 1, 3)), "Sunday belongs to the week before");
        assertEquals(LocalDate.of(2027, 1, 4), Grain.WEEK.start(LocalDate.of(2027, 1, 4)), "a Monday starts its own week");
        // 2024-12-30 (Monday) starts ISO week 2025-W01.
        assertEquals(LocalDate.of(2024, 12, 30), Grain.WEEK.start(LocalDate.of(2025, 1, 1)));
    }

    @Test
    void quartersStartInJanuaryAprilJulyAndOctober() {
        assertEquals(new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 1)), Grain.QUARTER.periodOf(LocalDate.of(2026, 3, 31)));
        assertEquals(LocalDate.of(2026, 4, 1), Grain.QUARTER.start(LocalDate.of(2026, 4, 1)));
        assertEquals(LocalDate.of(2026, 7, 1), Grain.QUARTER.start(LocalDate.of(2026, 9, 30)));
        assertEquals(new Period(LocalDate.of(2026, 10, 1), LocalDate.of(2027, 1, 1)), Grain.QUARTER.periodOf(LocalDate.of(2026, 12, 31)));
    }

    @Test
    void monthsAndDays() {
        assertEquals(new Period(LocalDate.of(2028, 2, 1), LocalDate.of(2028, 3, 1)), Grain.MONTH.periodOf(LocalDate.of(2028, 2, 29)));
        assertEquals(new Period(LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 1)), Grain.DAY.periodOf(LocalDate.of(2026, 12, 31)));
    }

    @Test
    void aMomentCountsUnderTheTenantsLocalDay() {
        Instant lateEveningInNewYork = Instant.parse("2026-12-01T03:30:00Z");
        assertEquals(LocalDate.of(2026, 11, 30), Grain.dayOf(lateEveningInNewYork, ZoneId.of("America/New_York")));
        assertEquals(LocalDate.of(2026, 12, 1), Grain.dayOf(lateEveningInNewYork, ZoneId.of("UTC")));
        // Just after midnight in Tokyo is still the previous day in UTC: a month boundary moves with the zone.
        Instant tokyoNewYear = Instant.parse("2026-12-31T15:30:00Z");
        assertEquals(LocalDate.of(2027, 1, 1), Grain.MONTH.start(Grain.dayOf(tokyoNewYear, ZoneId.of("Asia/Tokyo"))));
        assertEquals(LocalDate.of(2026, 12, 1), Grain.MONTH.start(Grain.dayOf(tokyoNewYear, ZoneId.of("UTC"))));
    }

    @Test
    void aDaylightSavingShiftDoesNotMoveTheDay() {
        // Europe/Berlin springs forward at 02:00 local on 2026-03-29.
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        assertEquals(LocalDate.of(2026, 3, 29), Grain.dayOf(Instant.parse("2026-03-28T23:30:00Z"), berlin));
        assertEquals(LocalDate.of(2026, 3, 28), Grain.dayOf(Instant.parse("2026-03-28T22:59:59Z"), berlin));
    }

    @Test
    void keysAreWhatTheTablesStore() {
        for (Grain grain : Grain.values()) {
            assertEquals(grain, Grain.ofKey(grain.key()));
        }
        assertEquals("quarter", Grain.QUARTER.key());
    }
}
