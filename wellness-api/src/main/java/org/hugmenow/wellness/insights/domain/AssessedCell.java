package org.hugmenow.wellness.insights.domain;

import java.util.Comparator;

/**
 * A cell while the rules judge it: its populations as digests and, once a rule hides it, the first
 * reason. Invariant: a hidden cell never becomes shown again (hiding only grows), which is what makes
 * the engine's fixed-point loops end.
 */
final class AssessedCell {

    /**
     * Larger populations first, then by segment id: the order in which cells keep their place when
     * two of them cannot both be shown, so the peeled (smaller) one is the one hidden, deterministically.
     */
    static final Comparator<AssessedCell> LARGEST_FIRST = Comparator
            .comparingInt((AssessedCell c) -> c.current.members().size()).reversed()
            .thenComparing(Comparator.comparingInt((AssessedCell c) -> c.current.contributors().size()).reversed())
            .thenComparing(AssessedCell::segment);

    /** Fewest contributors first: the sibling whose hiding costs the least information. */
    static final Comparator<AssessedCell> SMALLEST_FIRST = Comparator
            .comparingInt((AssessedCell c) -> c.current.contributors().size())
            .thenComparing(AssessedCell::segment);

    private final Cell cell;
    private final DigestedPopulation current;
    private final DigestedPopulation previous;
    private HiddenReason hiddenReason;

    AssessedCell(Cell cell, PersonTagger tagger) {
        this.cell = cell;
        this.current = DigestedPopulation.of(cell.current(), tagger);
        this.previous = DigestedPopulation.of(cell.previous(), tagger);
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
