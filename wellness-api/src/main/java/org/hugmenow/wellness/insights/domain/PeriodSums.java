package org.hugmenow.wellness.insights.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One person's check-ins summed into their rows of every grain, as {@link PersonPeriod} defines them:
 * what a rebuild streams a tenant's check-ins through, person by person (the incremental path sums a
 * few periods in SQL; the property test holds both to the same rows).
 *
 * <p>Lifecycle: one per person; {@link #add} every check-in, then read {@link #periods} once.
 */
public final class PeriodSums {

    private final String personId;
    private final Map<GrainStart, Sum> sums = new LinkedHashMap<>();

    public PeriodSums(String personId) {
        this.personId = personId;
    }

    public String personId() {
        return personId;
    }

    public void add(LocalDate day, int score, Collection<String> emotions, Map<String, Double> factors) {
        for (Grain grain : Grain.values()) {
            sums.computeIfAbsent(new GrainStart(grain, grain.start(day)), k -> new Sum()).add(score, emotions, factors);
        }
    }

    public List<PersonPeriod> periods() {
        List<PersonPeriod> rows = new ArrayList<>(sums.size());
        sums.forEach((key, sum) -> rows.add(new PersonPeriod(key.grain(), key.start(), personId, sum.checkins, sum.scoreSum,
                List.copyOf(sum.emotions), sum.factorSums, sum.factorCounts)));
        return rows;
    }

    private record GrainStart(Grain grain, LocalDate start) {
    }

    private static final class Sum {
        int checkins;
        int scoreSum;
        final TreeSet<String> emotions = new TreeSet<>();
        final Map<String, Double> factorSums = new TreeMap<>();
        final Map<String, Integer> factorCounts = new TreeMap<>();

        void add(int score, Collection<String> named, Map<String, Double> factors) {
            checkins++;
            scoreSum += score;
            emotions.addAll(named);
            factors.forEach((key, value) -> {
                factorSums.merge(key, value, Double::sum);
                factorCounts.merge(key, 1, Integer::sum);
            });
        }
    }
}
