package org.hugmenow.wellness.insights.domain;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Turns a segment's people and rollups into engine {@link Cell}s with exact integer measures that keep
 * the contract of {@link Measure}: one value per person per period, clamped and scaled.
 *
 * <ul>
 * <li>mood: a person's value is their mean score in the period, clamped to 1..5 and scaled by 100;
 * bands put that value in one of {@code 1-2} (below 2.5), {@code 3} (2.5 to 3.5), {@code 4-5}
 * (above 3.5): one bucket per person.</li>
 * <li>emotions: a person counts once in each shared-vocabulary emotion they named, at most
 * {@value #EMOTIONS_PER_PERSON} (chosen by a stable hash when they named more, so no emotion is
 * favoured), which bounds the histogram's sensitivity; quadrants: once per quadrant named, at most
 * all of them.</li>
 * <li>factors: the person's mean of the factor, clamped by its {@link FactorScale}.</li>
 * <li>hugs: per member, the hugs sent to other members (within), sent to people outside
 * (sent-across), received from people outside (received-across), each capped per period
 * ({@link #hugCap}); every member is a contributor (zero is a value). A received hug is counted as
 * the recipient's data.</li>
 * </ul>
 */
public final class CellMaker {

    public static final Clamp MOOD = new Clamp(1, 5, 100);
    public static final int EMOTIONS_PER_PERSON = 3;
    static final String LOW = "1-2";
    static final String MIDDLE = "3";
    static final String HIGH = "4-5";

    private final MetricCatalog catalog;

    public CellMaker(MetricCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * The cell of a segment for a metric in {@code now.period()}; {@code before} (the previous period)
     * is read for a change only. Empty for participation of a segment without members, which has no
     * rate to hide (the application reports it as fewer than k).
     */
    public Optional<Cell> cell(SegmentSpec segment, Metric metric, PeriodData now, PeriodData before) {
        CellKey key = new CellKey(segment.segmentId(), metric, now.period().period());
        Set<String> members = now.members().of(segment);
        if (metric.equals(MetricCatalog.MOOD_CHANGE)) {
            Set<String> membersBefore = before.members().of(segment);
            Population previous = new Population(membersBefore, before.respondents(membersBefore));
            Population current = new Population(members, now.respondents(members));
            Measure.Change change = new Measure.Change(MetricCatalog.MOOD_MEAN, moodMean(current.contributors(), now),
                    moodMean(previous.contributors(), before), before.period().period());
            return Optional.of(new Cell(key, current, previous, change));
        }
        if (metric.equals(MetricCatalog.PARTICIPATION)) {
            Set<String> respondents = now.respondents(members);
            return members.isEmpty() ? Optional.empty()
                    : Optional.of(Cell.of(key, new Population(members, respondents), new Measure.Participation(respondents.size())));
        }
        if (metric.family() == MetricFamily.HUGS) {
            return Optional.of(Cell.of(key, new Population(members, members), hugs(metric, members, now)));
        }
        Optional<FactorScale> factor = catalog.factorOf(metric);
        if (factor.isPresent()) {
            Set<String> reporting = members.stream().filter(p -> now.rollups().containsKey(p)
                    && now.rollup(p).factor(factor.get().key()).isPresent()).collect(Collectors.toUnmodifiableSet());
            return Optional.of(Cell.of(key, new Population(members, reporting),
                    mean(reporting, p -> now.rollup(p).factor(factor.get().key()), factor.get().clamp())));
        }
        Set<String> respondents = now.respondents(members);
        Population population = new Population(members, respondents);
        Measure measure;
        if (metric.equals(MetricCatalog.MOOD_MEAN)) {
            measure = moodMean(respondents, now);
        } else if (metric.equals(MetricCatalog.MOOD_BANDS)) {
            measure = moodBands(respondents, now);
        } else if (metric.equals(MetricCatalog.EMOTIONS)) {
            measure = emotions(respondents, now);
        } else if (metric.equals(MetricCatalog.EMOTION_QUADRANTS)) {
            measure = quadrants(respondents, now);
        } else {
            throw new IllegalArgumentException("no cell for metric " + metric.id());
        }
        return Optional.of(Cell.of(key, population, measure));
    }

    /**
     * One side of a driver: the mood of the tenant's members who reported {@code factor} and were
     * {@code high} (or not) on it, under segment {@code tenant~factor:<key>:high|low}. Members (who
     * pay for the draw) are all the period's members.
     */
    public Cell driverMood(FactorScale factor, boolean high, PeriodData now) {
        Set<String> side = driverSide(factor, high, now);
        return Cell.of(new CellKey(driverSegment(factor, high), MetricCatalog.MOOD_MEAN, now.period().period()),
                new Population(now.members().all(), side), moodMean(side, now));
    }

    /** The sample size of one side of a driver. */
    public Cell driverRespondents(FactorScale factor, boolean high, PeriodData now) {
        Set<String> side = driverSide(factor, high, now);
        return Cell.of(new CellKey(driverSegment(factor, high), MetricCatalog.DRIVER_RESPONDENTS, now.period().period()),
                new Population(now.members().all(), side), new Measure.Count(side.size()));
    }

    public static SegmentId driverSegment(FactorScale factor, boolean high) {
        return new SegmentId("tenant~factor:" + SegmentSpec.encode(factor.key()) + ":" + (high ? "high" : "low"));
    }

    private static Set<String> driverSide(FactorScale factor, boolean high, PeriodData now) {
        return now.respondents(now.members().all()).stream().filter(p -> {
            OptionalDouble value = now.rollup(p).factor(factor.key());
            return value.isPresent() && factor.isHigh(value.getAsDouble()) == high;
        }).collect(Collectors.toUnmodifiableSet());
    }

    static int hugCap(Grain grain) {
        return switch (grain) {
            case DAY -> 10;
            case WEEK -> 25;
            case MONTH -> 50;
            case QUARTER -> 100;
        };
    }

    private static Measure.Mean moodMean(Set<String> respondents, PeriodData data) {
        return mean(respondents, p -> data.rollup(p).mood(), MOOD);
    }

    private static Measure.Mean mean(Set<String> people, java.util.function.Function<String, OptionalDouble> value, Clamp clamp) {
        long sum = people.stream().mapToLong(p -> clamp.scaled(value.apply(p).orElseThrow())).sum();
        return new Measure.Mean(sum, people.size(), clamp);
    }

    private static Measure.Distribution moodBands(Set<String> respondents, PeriodData data) {
        Map<String, Long> buckets = new TreeMap<>(Map.of(LOW, 0L, MIDDLE, 0L, HIGH, 0L));
        for (String p : respondents) {
            buckets.merge(band(MOOD.clamp(data.rollup(p).mood().orElseThrow())), 1L, Long::sum);
        }
        return Measure.Distribution.of(buckets, 1);
    }

    static String band(double mood) {
        return mood < 2.5 ? LOW : mood <= 3.5 ? MIDDLE : HIGH;
    }

    private Measure.Distribution emotions(Set<String> respondents, PeriodData data) {
        Map<String, Long> buckets = new TreeMap<>();
        catalog.quadrantByEmotion().keySet().forEach(e -> buckets.put(e, 0L));
        for (String p : respondents) {
            chosenEmotions(p, data.rollup(p).emotions()).forEach(e -> buckets.merge(e, 1L, Long::sum));
        }
        return Measure.Distribution.of(buckets, EMOTIONS_PER_PERSON);
    }

    /** The shared-vocabulary emotions a person named, at most {@value #EMOTIONS_PER_PERSON}, by a stable hash. */
    List<String> chosenEmotions(String person, Collection<String> named) {
        return named.stream().filter(catalog.quadrantByEmotion()::containsKey)
                .sorted(Comparator.comparingInt((String e) -> (person + "|" + e).hashCode()).thenComparing(e -> e))
                .limit(EMOTIONS_PER_PERSON).toList();
    }

    private Measure.Distribution quadrants(Set<String> respondents, PeriodData data) {
        Map<String, Long> buckets = new TreeMap<>();
        Set<String> all = catalog.quadrants();
        all.forEach(q -> buckets.put(q, 0L));
        for (String p : respondents) {
            Set<String> named = new HashSet<>();
            data.rollup(p).emotions().stream().map(catalog.quadrantByEmotion()::get).filter(q -> q != null).forEach(named::add);
            named.forEach(q -> buckets.merge(q, 1L, Long::sum));
        }
        return Measure.Distribution.of(buckets, Math.max(1, all.size()));
    }

    private static Measure.Sum hugs(Metric metric, Set<String> members, PeriodData data) {
        Clamp cap = new Clamp(0, hugCap(data.period().grain()), 1);
        Map<String, Long> perMember = new TreeMap<>();
        for (HugFlow flow : data.hugs()) {
            boolean senderIn = members.contains(flow.senderId());
            boolean recipientIn = members.contains(flow.recipientId());
            if (metric.equals(MetricCatalog.HUGS_WITHIN) && senderIn && recipientIn && !flow.senderId().equals(flow.recipientId())) {
                perMember.merge(flow.senderId(), flow.hugs(), Long::sum);
            } else if (metric.equals(MetricCatalog.HUGS_SENT_ACROSS) && senderIn && !recipientIn) {
                perMember.merge(flow.senderId(), flow.hugs(), Long::sum);
            } else if (metric.equals(MetricCatalog.HUGS_RECEIVED_ACROSS) && recipientIn && !senderIn) {
                perMember.merge(flow.recipientId(), flow.hugs(), Long::sum);
            }
        }
        long sum = perMember.values().stream().mapToLong(cap::scaled).sum();
        return new Measure.Sum(sum, cap);
    }
}
