package org.hugmenow.wellness.insights.application;

import java.time.Instant;

/**
 * A raised alert: the segment whose released monthly mood mean fell by {@code drop} (a difference of
 * two released values, so it tells nothing a trend of the same months would not) in {@code period}.
 */
public record InsightsAlert(String segment, String segmentLabel, String period, double drop, Instant raisedAt) {
}
