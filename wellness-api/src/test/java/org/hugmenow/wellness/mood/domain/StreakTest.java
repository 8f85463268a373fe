package org.hugmenow.wellness.mood.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class StreakTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    @Test
    void noCheckInsMeansNoStreak() {
        Streak s = Streak.of(List.of(), TODAY);
        assertEquals(0, s.current());
        assertEquals(0, s.longest());
        assertNull(s.lastCheckIn());
        assertEquals(3, s.nextMilestone());
    }

    @Test
    void aStreakEndingYesterdayIsStillCurrent() {
        Streak s = Streak.of(List.of(TODAY.minusDays(3), TODAY.minusDays(2), TODAY.minusDays(1)), TODAY);
        assertEquals(3, s.current());
        assertEquals(3, s.longest());
        assertEquals(7, s.nextMilestone());
    }

    @Test
    void aGapOfOneFullDayBreaksTheCurrentStreakButNotTheLongest() {
        Streak s = Streak.of(List.of(TODAY.minusDays(6), TODAY.minusDays(5), TODAY.minusDays(4), TODAY.minusDays(3), TODAY.minusDays(2)), TODAY);
        assertEquals(0, s.current());
        assertEquals(5, s.longest());
    }

    @Test
    void severalCheckInsOnOneDayCountOnce() {
        Streak s = Streak.of(List.of(TODAY, TODAY, TODAY.minusDays(1), TODAY.minusDays(1)), TODAY);
        assertEquals(2, s.current());
    }

    @Test
    void theRunEndingOnADayIsCountedBackwards() {
        var days = new TreeSet<>(List.of(TODAY.minusDays(10), TODAY.minusDays(2), TODAY.minusDays(1), TODAY));
        assertEquals(3, Streak.endingOn(days, TODAY));
        assertEquals(1, Streak.endingOn(days, TODAY.minusDays(10)));
        assertEquals(0, Streak.endingOn(days, TODAY.minusDays(5)));
    }

    @Test
    void afterTheLastMilestoneThereIsNoNext() {
        var days = new java.util.ArrayList<LocalDate>();
        for (int i = 0; i < 400; i++) {
            days.add(TODAY.minusDays(i));
        }
        Streak s = Streak.of(days, TODAY);
        assertEquals(400, s.current());
        assertNull(s.nextMilestone());
    }
}
