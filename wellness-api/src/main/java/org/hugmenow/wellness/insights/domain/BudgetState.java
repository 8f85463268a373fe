package org.hugmenow.wellness.insights.domain;

/**
 * What {@code GET /api/v1/insights/privacy} shows for a family and month. {@code spent} is the ε
 * spent on the person who was in the most releases (a bound for everyone); {@code left} what remains
 * of {@code epsilon}.
 */
public record BudgetState(BudgetKey key, double epsilon, double spent, double left, int releasesOfBusiestPerson,
        int releasesPerPerson) {
}
