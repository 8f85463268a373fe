package org.hugmenow.wellness.insights.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rule 3: of two cells of one response whose quantities of the same metric and period (a change
 * counts as its base metric in both periods) have populations that differ by 1..k−1 people either
 * way, only one is shown: the larger keeps its place and the smaller, typically a filter that peels a
 * person off, is hidden. Greedy in {@link Quantity#LARGEST_FIRST} order, so the outcome does not
 * depend on the order the cells were asked in.
 */
final class OverlapGuard implements SuppressionRule {

    private record Owned(Quantity quantity, AssessedCell owner) {
    }

    private final PrivacyPolicy policy;

    OverlapGuard(PrivacyPolicy policy) {
        this.policy = policy;
    }

    @Override
    public void apply(Assessment assessment) {
        Map<MetricPeriod, List<Owned>> byScope = new LinkedHashMap<>();
        for (AssessedCell cell : assessment.shown()) {
            cell.quantities().forEach(q -> byScope.computeIfAbsent(q.scope(), s -> new ArrayList<>()).add(new Owned(q, cell)));
        }
        for (List<Owned> scope : byScope.values()) {
            scope.sort((a, b) -> Quantity.LARGEST_FIRST.compare(a.quantity(), b.quantity()));
            List<Owned> kept = new ArrayList<>();
            for (Owned candidate : scope) {
                if (!candidate.owner().isShown()) {
                    continue; // hidden for another of its quantities: it reveals nothing here
                }
                if (kept.stream().anyMatch(k -> k.owner().isShown() && clash(k.quantity(), candidate.quantity()))) {
                    candidate.owner().hide(HiddenReason.OVERLAP);
                } else {
                    kept.add(candidate);
                }
            }
        }
    }

    private boolean clash(Quantity kept, Quantity candidate) {
        return kept.population().differsByFewerThanK(candidate.population(), policy);
    }
}
