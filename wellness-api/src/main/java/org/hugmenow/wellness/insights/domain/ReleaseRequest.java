package org.hugmenow.wellness.insights.domain;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The cells of one response, how their segments nest, who asks and when.
 *
 * <p>Invariant: each cell key appears once. The viewer id is opaque to the engine (the audit's key).
 */
public record ReleaseRequest(String viewer, Instant now, List<Cell> cells, List<Relation> relations) {

    public ReleaseRequest {
        Objects.requireNonNull(now, "now");
        if (viewer == null || viewer.isBlank()) {
            throw new IllegalArgumentException("a release is always for a viewer");
        }
        cells = List.copyOf(cells);
        relations = List.copyOf(relations);
        Set<CellKey> keys = new HashSet<>();
        for (Cell cell : cells) {
            if (!keys.add(cell.key())) {
                throw new IllegalArgumentException("cell asked twice: " + cell.key());
            }
        }
    }
}
