package org.hugmenow.wellness.insights.domain;

import java.time.Instant;
import java.util.List;

/**
 * Port: the populations each viewer has been shown, per metric and period, stored per tenant as
 * digests (never raw person ids). Entries older than the audit window may be purged.
 */
public interface ShownPopulations {

    /** The distinct populations shown to {@code viewer} under {@code scope} at or after {@code since}. */
    List<DigestedPopulation> shownTo(String viewer, MetricPeriod scope, Instant since);

    /** Remembers that {@code viewer} was shown a value over {@code population} (refreshing the time if known). */
    void record(String viewer, MetricPeriod scope, DigestedPopulation population, Instant shownAt);
}
