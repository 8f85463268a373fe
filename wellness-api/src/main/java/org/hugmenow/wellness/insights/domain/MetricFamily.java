package org.hugmenow.wellness.insights.domain;

/** Metrics that draw on the same data share one privacy budget (ADR 0012). */
public enum MetricFamily {
    MOOD, PARTICIPATION, EMOTIONS, FACTORS, HUGS
}
