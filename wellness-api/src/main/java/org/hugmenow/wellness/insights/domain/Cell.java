package org.hugmenow.wellness.insights.domain;

import java.util.Objects;

/**
 * A cell asked for: its key, its people now and (for a change) in the previous period, and its
 * exact aggregate.
 *
 * <p>Invariant: a {@link Measure.Change} has a previous population and its base metric is of the same
 * family; other measures may leave {@code previous} null.
 */
public record Cell(CellKey key, Population current, Population previous, Measure measure) {

    public Cell {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(measure, "measure");
        if (measure instanceof Measure.Change change) {
            Objects.requireNonNull(previous, "a change needs the previous period's population");
            if (change.base().family() != key.metric().family()) {
                throw new IllegalArgumentException("a change spends the budget of its base metric's family");
            }
        }
        if (measure instanceof Measure.Participation && current.members().isEmpty()) {
            throw new IllegalArgumentException("participation of a segment without members");
        }
    }

    public static Cell of(CellKey key, Population current, Measure measure) {
        return new Cell(key, current, null, measure);
    }
}
