package org.hugmenow.wellness.insights.domain;

import java.util.Objects;

/** A named metric ({@code mood.mean}, {@code mood.change}, ...) and the budget family it spends. */
public record Metric(String id, MetricFamily family) {

    public Metric {
        Objects.requireNonNull(family, "family");
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a metric needs an id");
        }
    }
}
