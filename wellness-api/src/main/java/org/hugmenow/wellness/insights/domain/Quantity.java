package org.hugmenow.wellness.insights.domain;

import java.util.Comparator;
import java.util.List;

/**
 * A noised quantity a cell's value is read from, and the people behind it. Most cells reveal one
 * quantity under their own key; a change reveals its base metric's quantity in two periods. The rules
 * that compare populations (overlap, audit) compare quantities, so a change is checked against the
 * means it is made of; the budget charges each quantity once, when it is first drawn.
 *
 * @param key        the key the quantity is drawn and stored under
 * @param measure    its exact aggregate (never a change)
 * @param population its members (who pay for the draw) and contributors (who are in it)
 */
record Quantity(CellKey key, Measure measure, DigestedPopulation population) {

    /**
     * Larger populations first, then by segment id: the order in which quantities keep their place
     * when two cannot both be shown, so the peeled (smaller) one is hidden, deterministically.
     */
    static final Comparator<Quantity> LARGEST_FIRST = Comparator
            .comparingInt((Quantity q) -> q.population.members().size()).reversed()
            .thenComparing(Comparator.comparingInt((Quantity q) -> q.population.contributors().size()).reversed())
            .thenComparing(q -> q.key.segment());

    /** The quantities of a cell: its base metric in both periods for a change, else its own. */
    static List<Quantity> of(Cell cell, DigestedPopulation current, DigestedPopulation previous) {
        CellKey key = cell.key();
        if (cell.measure() instanceof Measure.Change change) {
            return List.of(
                    new Quantity(new CellKey(key.segment(), change.base(), key.period()), change.current(), current),
                    new Quantity(new CellKey(key.segment(), change.base(), change.previousPeriod()), change.previous(), previous));
        }
        return List.of(new Quantity(key, cell.measure(), current));
    }

    /** Values of the same metric and period can be set against each other. */
    MetricPeriod scope() {
        return key.metricPeriod();
    }

    /** The budget units a draw of this quantity spends: its family in every month its period touches. */
    List<BudgetKey> budgetKeys() {
        return key.period().months().stream().map(m -> new BudgetKey(key.metric().family(), m)).toList();
    }

    PopulationDigest members() {
        return population.members();
    }
}
