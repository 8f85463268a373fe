package org.hugmenow.wellness.insights.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One person's check-ins in one period, summed: {@code checkins} entries with scores adding up to
 * {@code scoreSum}, the distinct emotions they named (sorted), and per factor key the sum of the
 * values given and how many check-ins gave one. Exact, never noised: for the anonymity engine only.
 */
public record PersonPeriod(Grain grain, LocalDate periodStart, String personId, int checkins, int scoreSum,
                           List<String> emotions, Map<String, Double> factorSums, Map<String, Integer> factorCounts) {

    public PersonPeriod {
        emotions = List.copyOf(emotions);
        factorSums = Map.copyOf(factorSums);
        factorCounts = Map.copyOf(factorCounts);
    }
}
