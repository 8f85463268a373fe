package org.hugmenow.wellness.insights.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Rule 3: of two cells of one response (same metric and period) whose populations differ by 1..k−1
 * people either way, only one is shown: the larger keeps its place and the smaller, typically a filter
 * that peels a person off, is hidden. Greedy in {@link AssessedCell#LARGEST_FIRST} order, so the
 * outcome does not depend on the order the cells were asked in.
 */
final class OverlapGuard implements SuppressionRule {

    private final PrivacyPolicy policy;

    OverlapGuard(PrivacyPolicy policy) {
        this.policy = policy;
    }

    @Override
    public void apply(Assessment assessment) {
        for (Map<SegmentId, AssessedCell> group : assessment.byMetricPeriod().values()) {
            List<AssessedCell> kept = new ArrayList<>();
            group.values().stream().filter(AssessedCell::isShown).sorted(AssessedCell.LARGEST_FIRST).forEach(cell -> {
                if (kept.stream().anyMatch(k -> k.current().differsByFewerThanK(cell.current(), policy))) {
                    cell.hide(HiddenReason.OVERLAP);
                } else {
                    kept.add(cell);
                }
            });
        }
    }
}
