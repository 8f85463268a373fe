package org.hugmenow.wellness.insights.domain;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A tenant's insights settings ({@code insights_settings}; absent means {@link #defaults()}).
 *
 * <p>Invariants: {@code k >= 3}; ε per family and month positive and finite; a valid time zone;
 * an alert drop in (0, 4] points of mood; 1..12 alert periods. A value out of range is refused
 * ({@link InsightsInputException} on the field), never raised or lowered silently.
 */
public record InsightsSettings(int k, double epsilon, ZoneId timeZone, double alertDrop, int alertPeriods) {

    public static final double DEFAULT_ALERT_DROP = 0.5;
    public static final int DEFAULT_ALERT_PERIODS = 2;
    public static final int MAX_ALERT_PERIODS = 12;

    public InsightsSettings {
        if (k < PrivacyPolicy.K_FLOOR) {
            throw new InsightsInputException("k", "k must be at least " + PrivacyPolicy.K_FLOOR + ", was " + k);
        }
        if (!(epsilon > 0) || Double.isInfinite(epsilon)) {
            throw new InsightsInputException("epsilon", "epsilon must be a positive number, was " + epsilon);
        }
        if (timeZone == null) {
            throw new InsightsInputException("timeZone", "a time zone is required");
        }
        if (!(alertDrop > 0 && alertDrop <= 4)) {
            throw new InsightsInputException("alertDrop", "the alert drop is between 0 (excluded) and 4 points of mood, was " + alertDrop);
        }
        if (alertPeriods < 1 || alertPeriods > MAX_ALERT_PERIODS) {
            throw new InsightsInputException("alertPeriods", "alert periods are 1 to " + MAX_ALERT_PERIODS + ", was " + alertPeriods);
        }
    }

    public static InsightsSettings defaults() {
        return new InsightsSettings(PrivacyPolicy.DEFAULT_K, PrivacyPolicy.DEFAULT_EPSILON, ZoneId.of("UTC"), DEFAULT_ALERT_DROP,
                DEFAULT_ALERT_PERIODS);
    }

    public static ZoneId zone(String id) {
        try {
            return ZoneId.of(Objects.requireNonNull(id));
        } catch (DateTimeException | NullPointerException e) {
            throw new InsightsInputException("timeZone", "'" + id + "' is not a time zone, e.g. Europe/Berlin");
        }
    }

    /** The engine's policy: this k and ε, the default releases per person and audit window (ADR 0012). */
    public PrivacyPolicy policy() {
        return new PrivacyPolicy(k, epsilon, PrivacyPolicy.DEFAULT_RELEASES_PER_PERSON, PrivacyPolicy.DEFAULT_AUDIT_WINDOW);
    }
}
