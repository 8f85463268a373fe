package org.hugmenow.wellness.insights.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A real, in-memory {@link ShownPopulations}: what a store would keep, minus the table. */
final class InMemoryShownPopulations implements ShownPopulations {

    record Entry(String viewer, MetricPeriod scope, DigestedPopulation population, Instant shownAt) {
    }

    private final List<Entry> entries = new ArrayList<>();

    @Override
    public List<DigestedPopulation> shownTo(String viewer, MetricPeriod scope, Instant since) {
        return entries.stream()
                .filter(e -> e.viewer().equals(viewer) && e.scope().equals(scope) && !e.shownAt().isBefore(since))
                .map(Entry::population).distinct().toList();
    }

    @Override
    public void record(String viewer, MetricPeriod scope, DigestedPopulation population, Instant shownAt) {
        entries.removeIf(e -> e.viewer().equals(viewer) && e.scope().equals(scope) && e.population().equals(population));
        entries.add(new Entry(viewer, scope, population, shownAt));
    }

    List<Entry> entries() {
        return List.copyOf(entries);
    }
}
