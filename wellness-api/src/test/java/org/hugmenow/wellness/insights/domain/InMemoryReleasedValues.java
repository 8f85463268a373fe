package org.hugmenow.wellness.insights.domain;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** A real, in-memory {@link ReleasedValues}. */
final class InMemoryReleasedValues implements ReleasedValues {

    private final Map<CellKey, Draw> draws = new HashMap<>();

    @Override
    public Optional<Draw> find(CellKey key) {
        return Optional.ofNullable(draws.get(key));
    }

    @Override
    public Draw keepFirst(CellKey key, Draw draw) {
        return draws.computeIfAbsent(key, k -> draw);
    }

    int size() {
        return draws.size();
    }
}
