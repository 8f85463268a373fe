package org.hugmenow.wellness.insights.application;

import java.util.List;

/** {@code GET /api/v1/insights/privacy}: the settings and, per metric family, the ε spent and left in one month. */
public record PrivacyView(int k, double epsilon, String timeZone, double alertDrop, int alertPeriods, int releasesPerPerson,
        String month, List<BudgetLine> budget) {

    public PrivacyView {
        budget = List.copyOf(budget);
    }

    /** {@code spent} is a bound for everyone: what the person in the most releases has cost. */
    public record BudgetLine(String family, double epsilon, double spent, double left) {
    }
}
