package org.hugmenow.wellness.mood.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.NavigableSet;
import java.util.TreeSet;

/** Consecutive days with at least one check-in, counted in the person's own dates. */
public record Streak(int current, int longest, LocalDate lastCheckIn) {

    public static final List<Integer> MILESTONES = List.of(3, 7, 30, 100, 365);

    /** A streak is current if its last day is today or yesterday: today's check-in may still come. */
    public static Streak of(List<LocalDate> days, LocalDate today) {
        NavigableSet<LocalDate> set = new TreeSet<>(days);
        if (set.isEmpty()) {
            return new Streak(0, 0, null);
        }
        int longest = 0;
        int run = 0;
        LocalDate previous = null;
        for (LocalDate day : set) {
            run = previous != null && previous.plusDays(1).equals(day) ? run + 1 : 1;
            longest = Math.max(longest, run);
            previous = day;
        }
        LocalDate last = set.last();
        int current = last.isBefore(today.minusDays(1)) ? 0 : endingOn(set, last);
        return new Streak(current, longest, last);
    }

    /** The length of the run of days that ends on {@code day}. */
    public static int endingOn(NavigableSet<LocalDate> days, LocalDate day) {
        int length = 0;
        LocalDate cursor = day;
        while (days.contains(cursor)) {
            length++;
            cursor = cursor.minusDays(1);
        }
        return length;
    }

    public Integer nextMilestone() {
        return MILESTONES.stream().filter(m -> m > current).findFirst().orElse(null);
    }
}
