package org.hugmenow.wellness.insights.domain;

/** A metric in a period: values of different segments under the same one can be differenced. */
public record MetricPeriod(Metric metric, Period period) {
}
