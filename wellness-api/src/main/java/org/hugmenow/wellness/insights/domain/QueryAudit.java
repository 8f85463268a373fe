package org.hugmenow.wellness.insights.domain;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hugmenow.wellness.insights.domain.ShownPopulations.Shown;

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
    private final Set<Shown> known = new HashSet<>();

    QueryAudit(PrivacyPolicy policy, ShownPopulations shownPopulations, String viewer, Instant now) {
        this.policy = policy;
        this.shownPopulations = shownPopulations;
        this.viewer = viewer;
        this.now = now;
    }

    @Override
    public void apply(Assessment assessment) {
        Instant since = now.minus(policy.auditWindow());
        Set<Shown> asked = new HashSet<>();
        assessment.shown().forEach(cell -> cell.quantities().forEach(q -> asked.add(shown(q))));
        // A population shown before exactly as it is was checked against every other then (in either
        // order of asking): only new ones are compared, and only they carry their tags to the store.
        known.addAll(shownPopulations.alreadyShown(viewer, asked, since));
        Map<MetricPeriod, List<DigestedPopulation>> history = new HashMap<>();
        for (AssessedCell cell : assessment.shown()) {
            for (Quantity quantity : cell.quantities()) {
                if (known.contains(shown(quantity))) {
                    continue;
                }
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
        Set<Shown> refreshed = new HashSet<>();
        for (AssessedCell cell : assessment.shown()) {
            for (Quantity q : cell.quantities()) {
                Shown shown = shown(q);
                if (known.contains(shown)) {
                    refreshed.add(shown);
                } else {
                    shownPopulations.record(viewer, q.scope(), q.population(), now);
                }
            }
        }
        shownPopulations.refresh(viewer, refreshed, now);
    }

    private static Shown shown(Quantity q) {
        return new Shown(q.scope(), q.population());
    }
}
