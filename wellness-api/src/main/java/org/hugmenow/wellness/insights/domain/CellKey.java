package org.hugmenow.wellness.insights.domain;

import java.util.Objects;

/** One cell of a response: a segment, a metric and a period. A noised value is drawn once per key. */
public record CellKey(SegmentId segment, Metric metric, Period period) {

    public CellKey {
        Objects.requireNonNull(segment, "segment");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(period, "period");
    }

    /** The cells that can be subtracted from one another: same metric, same period. */
    public MetricPeriod metricPeriod() {
        return new MetricPeriod(metric, period);
    }

    @Override
    public String toString() {
        return segment + " " + metric.id() + " " + period;
    }
}
