package org.hugmenow.wellness.insights.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Segments, people and cells for the insights tests. Mood scores are 1..5, one per person and period. */
final class InsightsFixtures {

    static final byte[] SECRET = "acme-insights-secret-32-bytes!!!".getBytes(StandardCharsets.UTF_8);
    static final PrivacyPolicy POLICY = PrivacyPolicy.defaults();
    static final Clamp MOOD_SCALE = new Clamp(1, 5, 1);
    static final Metric MOOD_MEAN = new Metric("mood.mean", MetricFamily.MOOD);
    static final Metric MOOD_CHANGE = new Metric("mood.change", MetricFamily.MOOD);
    static final Metric PARTICIPATION = new Metric("participation", MetricFamily.PARTICIPATION);
    static final Period NOVEMBER = Period.month(YearMonth.of(2026, 11));
    static final Period OCTOBER = Period.month(YearMonth.of(2026, 10));
    static final Period WEEK_48 = Period.week(LocalDate.of(2026, 11, 23));
    static final Period WEEK_47 = Period.week(LocalDate.of(2026, 11, 16));
    static final Instant NOW = Instant.parse("2026-12-04T09:00:00Z");
    static final String HR_ADMIN = "viewer-hr-admin";

    private InsightsFixtures() {
    }

    /** People {@code prefix1 .. prefixN}. */
    static Set<String> people(String prefix, int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> prefix + i).collect(Collectors.toSet());
    }

    @SafeVarargs
    static Set<String> union(Set<String>... sets) {
        Set<String> all = new HashSet<>();
        Arrays.stream(sets).forEach(all::addAll);
        return all;
    }

    static Set<String> without(Set<String> people, String... gone) {
        Set<String> rest = new HashSet<>(people);
        rest.removeAll(List.of(gone));
        return rest;
    }

    static SegmentId segment(String id) {
        return new SegmentId(id);
    }

    static CellKey key(String segment, Metric metric, Period period) {
        return new CellKey(segment(segment), metric, period);
    }

    /** Scores of everybody: 4, except those given. */
    static Map<String, Integer> scores(Set<String> people, Map<String, Integer> planted) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        people.forEach(p -> scores.put(p, planted.getOrDefault(p, 4)));
        return scores;
    }

    static Measure.Mean meanOf(Set<String> contributors, Map<String, Integer> planted) {
        long sum = scores(contributors, planted).values().stream().mapToLong(MOOD_SCALE::scaled).sum();
        return new Measure.Mean(sum, contributors.size(), MOOD_SCALE);
    }

    /** A mood mean in November where every member checked in. */
    static Cell moodCell(String segment, Set<String> people) {
        return moodCell(segment, people, Map.of());
    }

    static Cell moodCell(String segment, Set<String> people, Map<String, Integer> planted) {
        return moodCell(segment, NOVEMBER, people, planted);
    }

    static Cell moodCell(String segment, Period period, Set<String> people, Map<String, Integer> planted) {
        return Cell.of(key(segment, MOOD_MEAN, period), new Population(people, people), meanOf(people, planted));
    }

    /** Week 48 against week 47 for a segment whose members were {@code before}, then {@code after}. */
    static Cell changeCell(String segment, Set<String> before, Set<String> after, Map<String, Integer> planted) {
        Measure.Change change = new Measure.Change(MOOD_MEAN, meanOf(after, planted), meanOf(before, planted), WEEK_47);
        return new Cell(key(segment, MOOD_CHANGE, WEEK_48), new Population(after, after), new Population(before, before), change);
    }

    static Assessment assess(Cell... cells) {
        return Assessment.of(List.of(cells), new PersonTagger(SECRET));
    }

    static AssessedCell cell(Assessment assessment, String segment) {
        return assessment.cells().stream().filter(c -> c.segment().value().equals(segment)).findFirst().orElseThrow();
    }
}
