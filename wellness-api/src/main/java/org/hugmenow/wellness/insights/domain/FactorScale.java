package org.hugmenow.wellness.insights.domain;

import java.util.Optional;

/**
 * How a factor enters insights: the range a person's mean is clamped to (its sensitivity), and the
 * value from which a person counts as "high" on it for drivers.
 *
 * <p>Built in: sleep hours 0..12 to a tenth (high from 7), sleep quality 1..5 to a tenth (high from
 * 4), exercise minutes 0..120 (high from 30). Tenant factors: scales 1..5 (high from 4), yes/no as
 * the share of yes 0..1 to a hundredth (high from 0.5). Tenant number factors have no known range to
 * clamp to, and a wide clamp would drown them in noise, so they are not offered.
 */
public record FactorScale(String key, Clamp clamp, double highFrom) {

    public static final String SLEEP_HOURS = "sleepHours";
    public static final String SLEEP_QUALITY = "sleepQuality";
    public static final String EXERCISE_MINUTES = "exerciseMinutes";

    public static Optional<FactorScale> builtin(String key) {
        return switch (key) {
            case SLEEP_HOURS -> Optional.of(new FactorScale(key, new Clamp(0, 12, 10), 7));
            case SLEEP_QUALITY -> Optional.of(new FactorScale(key, new Clamp(1, 5, 10), 4));
            case EXERCISE_MINUTES -> Optional.of(new FactorScale(key, new Clamp(0, 120, 1), 30));
            default -> Optional.empty();
        };
    }

    /** A tenant-defined factor by its kind ({@code scale}, {@code yesno}, {@code number}). */
    public static Optional<FactorScale> tenant(String key, String kind) {
        return switch (kind) {
            case "scale" -> Optional.of(new FactorScale(key, new Clamp(1, 5, 10), 4));
            case "yesno" -> Optional.of(new FactorScale(key, new Clamp(0, 1, 100), 0.5));
            default -> Optional.empty();
        };
    }

    public boolean isHigh(double personValue) {
        return clamp.clamp(personValue) >= highFrom;
    }
}
