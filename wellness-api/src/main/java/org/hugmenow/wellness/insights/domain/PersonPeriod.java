package org.hugmenow.wellness.insights.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * One person's check-ins in one period, summed: {@code checkins} entries with scores adding up to
 * {@code scoreSum}, the distinct emotions they named (sorted), and per factor key the sum of the
 * values given and how many check-ins gave one. Exact, never noised: for the anonymity engine only
 * (ADR 0012), which sums every segment aggregate from one value per person per period.
 */
public record PersonPeriod(Grain grain, LocalDate periodStart, String personId, int checkins, int scoreSum,
                           List<String> emotions, Map<String, Double> factorSums, Map<String, Integer> factorCounts) {

    public PersonPeriod {
        emotions = List.copyOf(emotions);
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
        int count = factorCounts.getOrDefault(key, 0);
        Double sum = factorSums.get(key);
        return count > 0 && sum != null ? OptionalDouble.of(sum / count) : OptionalDouble.empty();
    }
}
