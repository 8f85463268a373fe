package org.hugmenow.wellness.insights.domain;

import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * One person's rollup for one period ({@code insights_person_period}): what every segment aggregate
 * is summed from, one value per person per period (ADR 0012).
 */
public record PersonPeriod(String personId, int checkins, long scoreSum, Set<String> emotions,
        Map<String, Double> factorSums, Map<String, Long> factorCounts) {

    public PersonPeriod {
        Objects.requireNonNull(personId, "personId");
        emotions = Set.copyOf(emotions);
        factorSums = Map.copyOf(factorSums);
        factorCounts = Map.copyOf(factorCounts);
    }

    public boolean checkedIn() {
        return checkins > 0;
    }

    /** The person's mood for the period: the mean of their scores. */
    public OptionalDouble mood() {
        return checkins > 0 ? OptionalDouble.of((double) scoreSum / checkins) : OptionalDouble.empty();
    }

    /** The person's mean of a factor over the check-ins that carried it. */
    public OptionalDouble factor(String key) {
        long count = factorCounts.getOrDefault(key, 0L);
        Double sum = factorSums.get(key);
        return count > 0 && sum != null ? OptionalDouble.of(sum / count) : OptionalDouble.empty();
    }
}
