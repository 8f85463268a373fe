package org.hugmenow.wellness.insights.domain;

import java.util.Comparator;
import java.util.List;

/**
 * A cell while the rules judge it: its populations as digests and, once a rule hides it, the first
 * reason. Invariant: a hidden cell never becomes shown again (hiding only grows), which is what makes
 * the engine's fixed-point loops end.
 */
final class AssessedCell {

    /** Fewest contributors first: the sibling whose hiding costs the least information. */
    static final Comparator<AssessedCell> SMALLEST_FIRST = Comparator
            .comparingInt((AssessedCell c) -> c.current.contributors().size())
            .thenComparing(AssessedCell::segment);

    private final Cell cell;
    private final DigestedPopulation current;
    private final DigestedPopulation previous;
    private final List<Quantity> quantities;
    private HiddenReason hiddenReason;

    AssessedCell(Cell cell, PersonTagger tagger) {
        this.cell = cell;
        this.current = DigestedPopulation.of(cell.current(), tagger);
        this.previous = DigestedPopulation.of(cell.previous(), tagger);
        this.quantities = Quantity.of(cell, current, previous);
    }

    Cell cell() {
        return cell;
    }

    CellKey key() {
        return cell.key();
    }

    SegmentId segment() {
        return cell.key().segment();
    }

    Measure measure() {
        return cell.measure();
    }

    boolean isChange() {
        return cell.measure() instanceof Measure.Change;
    }

    DigestedPopulation current() {
        return current;
    }

    DigestedPopulation previous() {
        return previous;
    }

    /** The noised quantities the cell's value is read from (see {@link Quantity}). */
    List<Quantity> quantities() {
        return quantities;
    }

    boolean isShown() {
        return hiddenReason == null;
    }

    HiddenReason hiddenReason() {
        return hiddenReason;
    }

    /** Hides the cell; a cell already hidden keeps its first reason. */
    void hide(HiddenReason reason) {
        if (hiddenReason == null) {
            hiddenReason = reason;
        }
    }

    @Override
    public String toString() {
        return key() + (isShown() ? " shown" : " " + hiddenReason);
    }
}
