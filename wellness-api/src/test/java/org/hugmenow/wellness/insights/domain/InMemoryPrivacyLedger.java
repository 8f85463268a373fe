package org.hugmenow.wellness.insights.domain;

import java.util.HashMap;
import java.util.Map;

/** A real, in-memory {@link PrivacyLedger}. */
final class InMemoryPrivacyLedger implements PrivacyLedger {

    private final Map<BudgetKey, Map<Long, Integer>> releases = new HashMap<>();

    @Override
    public Map<Long, Integer> releasesOf(BudgetKey key, PopulationDigest people) {
        Map<Long, Integer> known = releases.getOrDefault(key, Map.of());
        Map<Long, Integer> result = new HashMap<>();
        for (long person : people.tags()) {
            if (known.containsKey(person)) {
                result.put(person, known.get(person));
            }
        }
        return result;
    }

    @Override
    public void charge(BudgetKey key, PopulationDigest people) {
        Map<Long, Integer> known = releases.computeIfAbsent(key, k -> new HashMap<>());
        for (long person : people.tags()) {
            known.merge(person, 1, Integer::sum);
        }
    }

    @Override
    public int mostReleasesOfAnyone(BudgetKey key) {
        return releases.getOrDefault(key, Map.of()).values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    /** All charges ever made, summed over people and keys: 0 means nothing was charged. */
    int totalCharges() {
        return releases.values().stream().flatMap(m -> m.values().stream()).mapToInt(Integer::intValue).sum();
    }
}
