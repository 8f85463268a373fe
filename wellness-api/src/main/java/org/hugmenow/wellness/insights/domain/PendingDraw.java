package org.hugmenow.wellness.insights.domain;

import java.util.List;

/**
 * A draw a shown cell needs: under which key, of which exact aggregate, and whose budget it spends
 * (the segment's members in the draw's period: directory data, so whether a release fits the budget
 * never depends on who checked in).
 */
record PendingDraw(CellKey key, Measure measure, PopulationDigest members) {

    /** The budget units the draw spends: its family in every month its period touches. */
    List<BudgetKey> budgetKeys() {
        return key.period().months().stream().map(m -> new BudgetKey(key.metric().family(), m)).toList();
    }
}
