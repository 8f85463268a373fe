package org.hugmenow.wellness.insights.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The metrics a tenant can ask for, by id: {@code mood.mean}, {@code mood.bands},
 * {@code mood.change}, {@code participation}, {@code emotions}, {@code emotions.quadrants},
 * {@code factor.<key>} for each offered factor ({@link FactorScale}), {@code hugs.within},
 * {@code hugs.sent-across}, {@code hugs.received-across}. Emotions count the shared vocabulary only:
 * a person's custom emotion could name them.
 */
public final class MetricCatalog {

    public static final Metric MOOD_MEAN = new Metric("mood.mean", MetricFamily.MOOD);
    public static final Metric MOOD_BANDS = new Metric("mood.bands", MetricFamily.MOOD);
    public static final Metric MOOD_CHANGE = new Metric("mood.change", MetricFamily.MOOD);
    public static final Metric PARTICIPATION = new Metric("participation", MetricFamily.PARTICIPATION);
    public static final Metric EMOTIONS = new Metric("emotions", MetricFamily.EMOTIONS);
    public static final Metric EMOTION_QUADRANTS = new Metric("emotions.quadrants", MetricFamily.EMOTIONS);
    public static final Metric HUGS_WITHIN = new Metric("hugs.within", MetricFamily.HUGS);
    public static final Metric HUGS_SENT_ACROSS = new Metric("hugs.sent-across", MetricFamily.HUGS);
    public static final Metric HUGS_RECEIVED_ACROSS = new Metric("hugs.received-across", MetricFamily.HUGS);
    /** People behind one side of a driver (a sample size), counted in the factors' budget. */
    public static final Metric DRIVER_RESPONDENTS = new Metric("drivers.respondents", MetricFamily.FACTORS);
    private static final String FACTOR_PREFIX = "factor.";
    private static final List<Metric> FIXED = List.of(MOOD_MEAN, MOOD_BANDS, MOOD_CHANGE, PARTICIPATION, EMOTIONS,
            EMOTION_QUADRANTS, HUGS_WITHIN, HUGS_SENT_ACROSS, HUGS_RECEIVED_ACROSS);

    private final Map<String, FactorScale> factors = new LinkedHashMap<>();
    private final SortedMap<String, String> quadrantByEmotion;

    /** @param quadrantByEmotion the shared emotion vocabulary: each emotion's quadrant */
    public MetricCatalog(List<FactorScale> factors, Map<String, String> quadrantByEmotion) {
        factors.forEach(f -> this.factors.put(f.key(), f));
        this.quadrantByEmotion = new TreeMap<>(quadrantByEmotion);
    }

    public static Metric factorMetric(String key) {
        return new Metric(FACTOR_PREFIX + key, MetricFamily.FACTORS);
    }

    public Metric parse(String id) {
        if (id != null) {
            for (Metric m : FIXED) {
                if (m.id().equals(id)) {
                    return m;
                }
            }
            if (id.startsWith(FACTOR_PREFIX) && factors.containsKey(id.substring(FACTOR_PREFIX.length()))) {
                return factorMetric(id.substring(FACTOR_PREFIX.length()));
            }
        }
        throw new InsightsInputException("metric", "unknown metric '" + id + "'; known: " + ids());
    }

    public List<String> ids() {
        List<String> ids = new java.util.ArrayList<>(FIXED.stream().map(Metric::id).toList());
        factors.keySet().forEach(k -> ids.add(FACTOR_PREFIX + k));
        return ids;
    }

    public Optional<FactorScale> factorOf(Metric metric) {
        return metric.id().startsWith(FACTOR_PREFIX) ? Optional.ofNullable(factors.get(metric.id().substring(FACTOR_PREFIX.length())))
                : Optional.empty();
    }

    public List<FactorScale> factors() {
        return List.copyOf(factors.values());
    }

    SortedMap<String, String> quadrantByEmotion() {
        return quadrantByEmotion;
    }

    /** Every quadrant bucket, named or not: a bucket left out would tell that nobody named it. */
    TreeSet<String> quadrants() {
        return new TreeSet<>(quadrantByEmotion.values());
    }
}
