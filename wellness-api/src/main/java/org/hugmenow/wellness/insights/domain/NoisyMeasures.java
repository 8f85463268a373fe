package org.hugmenow.wellness.insights.domain;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Rule 6, the mechanism: how a quantity is drawn with its sensitivity, and how a released value is
 * read from the draws of its quantities (post-processing, which costs no privacy).
 *
 * <p>Sensitivities (one person added or removed): a count 1; a sum of values clamped to [lo, hi]
 * (lo ≤ 0 ≤ hi) (hi − lo)·scale; a mean's sum is shifted by lo so each person adds 0..(hi − lo)·scale,
 * and its count 1, each drawn with half the release's ε; a distribution the number of buckets a
 * person can be in (its L1 sensitivity), every bucket drawn with the whole ε.
 */
final class NoisyMeasures {

    private final TwoSidedGeometric noise;
    private final int k;

    NoisyMeasures(TwoSidedGeometric noise, PrivacyPolicy policy) {
        this.noise = noise;
        this.k = policy.k();
    }

    Draw draw(Measure measure, double epsilon) {
        if (measure instanceof Measure.Count count) {
            return Draw.of(Map.of(Draw.COUNT, count.count() + noise.sample(epsilon, 1)));
        }
        if (measure instanceof Measure.Participation participation) {
            return Draw.of(Map.of(Draw.COUNT, participation.respondents() + noise.sample(epsilon, 1)));
        }
        if (measure instanceof Measure.Sum sum) {
            return Draw.of(Map.of(Draw.SUM, sum.scaledSum() + noise.sample(epsilon, sum.clamp().sensitivity())));
        }
        if (measure instanceof Measure.Mean mean) {
            return Draw.of(Map.of(
                    Draw.SUM, mean.shiftedSum() + noise.sample(epsilon / 2, mean.clamp().sensitivity()),
                    Draw.COUNT, mean.count() + noise.sample(epsilon / 2, 1)));
        }
        if (measure instanceof Measure.Distribution distribution) {
            Map<String, Long> noisy = new TreeMap<>();
            distribution.buckets().forEach((bucket, count) ->
                    noisy.put(bucket, count + noise.sample(epsilon, distribution.bucketsPerPerson())));
            return Draw.of(noisy);
        }
        throw new IllegalArgumentException("a change is read from its base metric's draws, never drawn itself");
    }

    /** The released value of a shown cell, from the draws of its quantities (looked up by key). */
    Value read(AssessedCell cell, Function<CellKey, Draw> draws) {
        List<Quantity> needed = cell.quantities();
        Measure measure = cell.measure();
        if (measure instanceof Measure.Change change) {
            double now = mean(change.current(), draws.apply(needed.get(0).key()));
            double before = mean(change.previous(), draws.apply(needed.get(1).key()));
            return new Value.Scalar(now - before);
        }
        Draw draw = draws.apply(needed.get(0).key());
        if (measure instanceof Measure.Count) {
            return new Value.Scalar(Math.max(0, draw.get(Draw.COUNT)));
        }
        if (measure instanceof Measure.Participation) {
            double rate = (double) draw.get(Draw.COUNT) / cell.current().members().size();
            return new Value.Scalar(Math.max(0, Math.min(1, rate)));
        }
        if (measure instanceof Measure.Sum sum) {
            return new Value.Scalar((double) draw.get(Draw.SUM) / sum.clamp().scale());
        }
        if (measure instanceof Measure.Mean mean) {
            return new Value.Scalar(mean(mean, draw));
        }
        Map<String, Long> counts = new TreeMap<>();
        draw.noisy().forEach((bucket, noisy) -> counts.put(bucket, Math.max(0, noisy)));
        return Value.Buckets.of(counts);
    }

    /**
     * lo + noisy shifted sum ÷ noisy count, the count floored at k (a shown mean has at least k
     * contributors, and the floor keeps a small noisy count from blowing the quotient up), clamped to
     * [lo, hi].
     */
    private double mean(Measure.Mean mean, Draw draw) {
        Clamp clamp = mean.clamp();
        double count = Math.max(draw.get(Draw.COUNT), k);
        return clamp.clamp(clamp.lo() + draw.get(Draw.SUM) / (double) clamp.scale() / count);
    }
}
