package org.hugmenow.wellness.insights.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Port: the populations each viewer has been shown, per metric and period, stored per tenant as
 * digests (never raw person ids). Entries older than the audit window may be purged.
 */
public interface ShownPopulations {

    /** A population shown under a metric and period. */
    record Shown(MetricPeriod scope, DigestedPopulation population) {
    }

    /** The distinct populations shown to {@code viewer} under {@code scope} at or after {@code since}. */
    List<DigestedPopulation> shownTo(String viewer, MetricPeriod scope, Instant since);

    /** Remembers that {@code viewer} was shown a value over {@code population} (refreshing the time if known). */
    void record(String viewer, MetricPeriod scope, DigestedPopulation population, Instant shownAt);

    /**
     * Which of {@code asked} were shown to {@code viewer} exactly as they are, at or after {@code since}:
     * a store answers by digest in one read, without the tag arrays.
     */
    default Set<Shown> alreadyShown(String viewer, Collection<Shown> asked, Instant since) {
        return asked.stream().filter(a -> shownTo(viewer, a.scope(), since).contains(a.population())).collect(Collectors.toSet());
    }

    /** Refreshes the time of populations known to be stored already (see {@link #alreadyShown}). */
    default void refresh(String viewer, Collection<Shown> known, Instant shownAt) {
        known.forEach(k -> record(viewer, k.scope(), k.population(), shownAt));
    }
}
