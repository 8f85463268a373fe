package org.hugmenow.wellness.insights.domain;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rule 4: across responses, a viewer is not shown a value read from a quantity whose population
 * differs by 1..k−1 people from one they were shown under the same metric and period within the audit
 * window (asking for a team today and again after one person joined, or filtering one person off
 * later). Such cells are hidden with {@link HiddenReason#AUDIT}; the {@link Release} lists them for the
 * application's log.
 *
 * <p>Lifecycle: one per release; {@link #remember} is called once the cells finally shown are known.
 */
final class QueryAudit implements SuppressionRule {

    private final PrivacyPolicy policy;
    private final ShownPopulations shownPopulations;
    private final String viewer;
    private final Instant now;

    QueryAudit(PrivacyPolicy policy, ShownPopulations shownPopulations, String viewer, Instant now) {
        this.policy = policy;
        this.shownPopulations = shownPopulations;
        this.viewer = viewer;
        this.now = now;
    }

    @Override
    public void apply(Assessment assessment) {
        Instant since = now.minus(policy.auditWindow());
        Map<MetricPeriod, List<DigestedPopulation>> history = new HashMap<>();
        for (AssessedCell cell : assessment.shown()) {
            for (Quantity quantity : cell.quantities()) {
                List<DigestedPopulation> shownBefore = history.computeIfAbsent(quantity.scope(),
                        scope -> shownPopulations.shownTo(viewer, scope, since));
                if (shownBefore.stream().anyMatch(p -> p.differsByFewerThanK(quantity.population(), policy))) {
                    cell.hide(HiddenReason.AUDIT);
                }
            }
        }
    }

    /** Records the populations of the cells finally shown, so later responses are audited against them. */
    void remember(Assessment assessment) {
        for (AssessedCell cell : assessment.shown()) {
            cell.quantities().forEach(q -> shownPopulations.record(viewer, q.scope(), q.population(), now));
        }
    }
}
