package org.hugmenow.wellness.connection.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hugmenow.wellness.privacy.domain.Sharing;

/**
 * What one person sees of a connection's mood, cut to the level that connection chose.
 * There is no note here at any level.
 */
public record SharedMood(Sharing level, Summary summary, List<SharedEntry> entries) {

    public record Summary(String todayBand, int currentStreak) {
    }

    public record SharedEntry(Instant recordedAt, LocalDate localDate, int score, List<String> emotions) {
    }

    /** low (1–2), medium (3) or high (4–5) from the mean of today's scores; null without a check-in today. */
    public static String band(double averageToday) {
        if (Double.isNaN(averageToday)) {
            return null;
        }
        return averageToday < 2.5 ? "low" : averageToday < 3.5 ? "medium" : "high";
    }
}
