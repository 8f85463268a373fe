package org.hugmenow.wellness.insights.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The ε accounting (ADR 0012). Each fresh draw is one release at ε_release = ε ÷ N
 * ({@link PrivacyPolicy#epsilonPerRelease()}) and is charged to every member of its segment, in its
 * family, for every month its period touches. A release that would put anyone over N releases in a
 * family-month is refused, so by sequential composition (and parallel composition across disjoint
 * segments) no person's data of one month costs more than ε per family. Draws already stored are free.
 */
public final class PrivacyBudget {

    private final PrivacyPolicy policy;
    private final PrivacyLedger ledger;

    public PrivacyBudget(PrivacyPolicy policy, PrivacyLedger ledger) {
        this.policy = policy;
        this.ledger = ledger;
    }

    /** Spent and left for one family and month, bounded by the busiest person. */
    public BudgetState state(BudgetKey key) {
        int busiest = ledger.mostReleasesOfAnyone(key);
        double spent = busiest * policy.epsilonPerRelease();
        return new BudgetState(key, policy.epsilonPerFamilyMonth(), spent,
                Math.max(0, policy.epsilonPerFamilyMonth() - spent), busiest, policy.releasesPerPersonFamilyMonth());
    }

    /**
     * The keys of the draws that do not fit, admitting the others in the order given (each admitted
     * draw counts against the ones after it, as it will once charged).
     */
    Set<CellKey> unaffordable(Collection<Quantity> draws) {
        Map<BudgetKey, Map<Long, Integer>> used = releasesSoFar(draws);
        Set<CellKey> refused = new LinkedHashSet<>();
        for (Quantity draw : draws) {
            long[] people = draw.members().tags();
            boolean fits = draw.budgetKeys().stream().allMatch(key -> fitsOneMore(used.get(key), people));
            if (fits) {
                draw.budgetKeys().forEach(key -> countOneMore(used.get(key), people));
            } else {
                refused.add(draw.key());
            }
        }
        return refused;
    }

    void charge(Quantity draw) {
        draw.budgetKeys().forEach(key -> ledger.charge(key, draw.members()));
    }

    private Map<BudgetKey, Map<Long, Integer>> releasesSoFar(Collection<Quantity> draws) {
        Map<BudgetKey, List<PopulationDigest>> people = new HashMap<>();
        for (Quantity draw : draws) {
            draw.budgetKeys().forEach(key -> people.computeIfAbsent(key, k -> new ArrayList<>()).add(draw.members()));
        }
        Map<BudgetKey, Map<Long, Integer>> used = new HashMap<>();
        people.forEach((key, digests) -> used.put(key, new HashMap<>(ledger.releasesOf(key, PopulationDigest.union(digests)))));
        return used;
    }

    private boolean fitsOneMore(Map<Long, Integer> used, long[] people) {
        for (long person : people) {
            if (used.getOrDefault(person, 0) >= policy.releasesPerPersonFamilyMonth()) {
                return false;
            }
        }
        return true;
    }

    private static void countOneMore(Map<Long, Integer> used, long[] people) {
        for (long person : people) {
            used.merge(person, 1, Integer::sum);
        }
    }
}
