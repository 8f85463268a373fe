package org.hugmenow.wellness.insights.domain;

import java.security.SecureRandom;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * The one place employer-facing numbers are released (API, alerts, exports). The rules run in a fixed
 * order, each only hiding more: minimum group size, time differencing, overlap, query audit,
 * complementary suppression until stable; then the budget admits fresh draws (a refusal hides the cell
 * and complementary suppression runs again), and only the cells still shown are noised. Hidden cells
 * are never drawn and never charged.
 *
 * <p>Lifecycle: one engine per tenant and request (cheap to build); the ports carry what outlives it.
 */
public final class AnonymityEngine {

    private final PrivacyPolicy policy;
    private final PersonTagger tagger;
    private final ShownPopulations shownPopulations;
    private final ReleasedValues releasedValues;
    private final PrivacyBudget budget;
    private final NoisyMeasures measures;

    /**
     * @param tenantSecret the tenant's insights secret, keying the person tags that the ports store
     * @param random       the noise source: {@link SecureRandom} in production ({@link #withSecureRandom})
     */
    public AnonymityEngine(PrivacyPolicy policy, byte[] tenantSecret, ShownPopulations shownPopulations,
            ReleasedValues releasedValues, PrivacyLedger ledger, RandomGenerator random) {
        this(policy, new PersonTagger(Objects.requireNonNull(tenantSecret, "tenantSecret").clone()), shownPopulations, releasedValues,
                ledger, random);
    }

    /** @param tagger the tenant's tagger, {@link PersonTagger#shared} when it serves every release of the tenant */
    public AnonymityEngine(PrivacyPolicy policy, PersonTagger tagger, ShownPopulations shownPopulations,
            ReleasedValues releasedValues, PrivacyLedger ledger, RandomGenerator random) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.tagger = Objects.requireNonNull(tagger, "tagger");
        this.shownPopulations = Objects.requireNonNull(shownPopulations, "shownPopulations");
        this.releasedValues = Objects.requireNonNull(releasedValues, "releasedValues");
        this.budget = new PrivacyBudget(policy, Objects.requireNonNull(ledger, "ledger"));
        this.measures = new NoisyMeasures(new TwoSidedGeometric(Objects.requireNonNull(random, "random")), policy);
    }

    public static AnonymityEngine withSecureRandom(PrivacyPolicy policy, byte[] tenantSecret,
            ShownPopulations shownPopulations, ReleasedValues releasedValues, PrivacyLedger ledger) {
        return new AnonymityEngine(policy, tenantSecret, shownPopulations, releasedValues, ledger, new SecureRandom());
    }

    /** The ε spent and left, for {@code GET /api/v1/insights/privacy}. */
    public PrivacyBudget budget() {
        return budget;
    }

    public Release release(ReleaseRequest request) {
        Assessment assessment = Assessment.of(request.cells(), tagger);
        QueryAudit audit = new QueryAudit(policy, shownPopulations, request.viewer(), request.now());
        ComplementarySuppression complementary = new ComplementarySuppression(policy, request.relations());
        List<SuppressionRule> rules = List.of(new MinimumGroupSize(policy), new TimeDifferencing(policy),
                new OverlapGuard(policy), audit, complementary);
        rules.forEach(rule -> rule.apply(assessment));

        Map<CellKey, Draw> draws = new HashMap<>();
        Map<CellKey, Quantity> fresh = admitWithinBudget(assessment, complementary, draws);
        for (Quantity quantity : fresh.values()) {
            budget.charge(quantity); // before storing: a failure may waste budget, never leak an uncharged value
            Draw drawn = measures.draw(quantity.measure(), policy.epsilonPerRelease());
            draws.put(quantity.key(), releasedValues.keepFirst(quantity.key(), drawn));
        }
        audit.remember(assessment);
        return new Release(assessment.cells().stream()
                .map(cell -> cell.isShown()
                        ? ReleasedCell.shown(cell.key(), measures.read(cell, draws::get))
                        : ReleasedCell.hidden(cell.key(), cell.hiddenReason()))
                .toList());
    }

    /**
     * The draws still to make for the cells shown, once every cell whose draws the budget cannot
     * afford is hidden and complementary suppression has caught up. The stored draws of the cells shown
     * are read once, into {@code stored}.
     */
    private Map<CellKey, Quantity> admitWithinBudget(Assessment assessment, ComplementarySuppression complementary,
            Map<CellKey, Draw> stored) {
        Set<CellKey> keys = new LinkedHashSet<>();
        assessment.shown().forEach(cell -> cell.quantities().forEach(q -> keys.add(q.key())));
        stored.putAll(releasedValues.findAll(keys));
        while (true) {
            Map<CellKey, Quantity> fresh = new LinkedHashMap<>();
            for (AssessedCell cell : assessment.shown()) {
                for (Quantity quantity : cell.quantities()) {
                    if (!stored.containsKey(quantity.key())) {
                        fresh.putIfAbsent(quantity.key(), quantity);
                    }
                }
            }
            Set<CellKey> unaffordable = budget.unaffordable(fresh.values());
            if (unaffordable.isEmpty()) {
                return fresh;
            }
            for (AssessedCell cell : assessment.shown()) {
                if (cell.quantities().stream().anyMatch(p -> unaffordable.contains(p.key()))) {
                    cell.hide(HiddenReason.BUDGET_EXHAUSTED);
                }
            }
            complementary.apply(assessment);
        }
    }
}
