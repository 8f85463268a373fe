package org.hugmenow.wellness.insights.domain;

import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The exact aggregate of a cell as the rollups computed it, in integers. Each kind states what one
 * person may contribute: the engine's sensitivities (ADR 0012) are only true if the rollups keep it.
 */
public sealed interface Measure permits Measure.Count, Measure.Sum, Measure.Mean, Measure.Participation,
        Measure.Distribution, Measure.Change {

    /** People counted; each person adds at most one. Sensitivity 1. */
    record Count(long count) implements Measure {
    }

    /**
     * A sum of clamped, scaled values (hugs sent, capped per person). Requires {@code lo <= 0 <= hi}
     * so that adding or removing a person moves it by at most {@code (hi − lo) · scale}.
     */
    record Sum(long scaledSum, Clamp clamp) implements Measure {
        public Sum {
            Objects.requireNonNull(clamp, "clamp");
            if (clamp.lo() > 0 || clamp.hi() < 0) {
                throw new IllegalArgumentException("a released sum needs lo <= 0 <= hi; release a mean instead");
            }
        }
    }

    /** A mean of one clamped, scaled value per contributor: released as noisy sum ÷ noisy count. */
    record Mean(long scaledSum, long count, Clamp clamp) implements Measure {
        public Mean {
            Objects.requireNonNull(clamp, "clamp");
        }

        /** The sum of values shifted to start at 0, so each person adds between 0 and the sensitivity. */
        long shiftedSum() {
            return scaledSum - count * clamp.scaledLo();
        }
    }

    /** Respondents ÷ the segment's active members (directory data, not noised). Sensitivity 1. */
    record Participation(long respondents) implements Measure {
    }

    /**
     * Counts of people per bucket (mood bands, emotions named). A person is in at most
     * {@code bucketsPerPerson} buckets, which is the L1 sensitivity of the whole histogram.
     */
    record Distribution(SortedMap<String, Long> buckets, int bucketsPerPerson) implements Measure {
        public Distribution {
            buckets = new TreeMap<>(Objects.requireNonNull(buckets, "buckets"));
            if (buckets.isEmpty() || bucketsPerPerson < 1) {
                throw new IllegalArgumentException("a distribution needs buckets and at least one bucket per person");
            }
        }

        public static Distribution of(Map<String, Long> buckets, int bucketsPerPerson) {
            return new Distribution(new TreeMap<>(buckets), bucketsPerPerson);
        }
    }

    /**
     * The change of a mean against the previous period. Released as the difference of the two periods'
     * released means (drawn and stored under {@code base}), so it costs nothing of its own and always
     * agrees with the means shown for the two periods.
     */
    record Change(Metric base, Mean current, Mean previous, Period previousPeriod) implements Measure {
        public Change {
            Objects.requireNonNull(base, "base");
            Objects.requireNonNull(current, "current");
            Objects.requireNonNull(previous, "previous");
            Objects.requireNonNull(previousPeriod, "previousPeriod");
        }
    }
}
