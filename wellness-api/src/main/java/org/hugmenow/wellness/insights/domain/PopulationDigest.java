package org.hugmenow.wellness.insights.domain;

import java.util.Arrays;
import java.util.Collection;
import java.util.stream.LongStream;

/**
 * A population as the sorted, distinct 64-bit tags of its people ({@link PersonTagger}): enough to
 * count people and to measure how much two populations differ, without a raw person id.
 *
 * <p>Invariant: {@code tags} is strictly increasing. Two different people share a tag with
 * probability about n²/2⁶⁵ (n = 10,000: 3·10⁻¹²); a collision could only make a difference look
 * one person smaller.
 */
public final class PopulationDigest {

    public static final PopulationDigest EMPTY = new PopulationDigest(new long[0]);

    private final long[] tags;

    private PopulationDigest(long[] sortedDistinctTags) {
        this.tags = sortedDistinctTags;
    }

    public static PopulationDigest of(long... tags) {
        return new PopulationDigest(LongStream.of(tags).sorted().distinct().toArray());
    }

    public static PopulationDigest union(Collection<PopulationDigest> digests) {
        return of(digests.stream().flatMapToLong(d -> LongStream.of(d.tags)).toArray());
    }

    public int size() {
        return tags.length;
    }

    public boolean isEmpty() {
        return tags.length == 0;
    }

    public long[] tags() {
        return tags.clone();
    }

    /** The number of people in exactly one of the two populations. */
    public int symmetricDifferenceSize(PopulationDigest other) {
        int common = commonCount(other);
        return size() + other.size() - 2 * common;
    }

    /** The people of this population who are not in {@code other}. */
    public PopulationDigest minus(PopulationDigest other) {
        return new PopulationDigest(LongStream.of(tags).filter(t -> Arrays.binarySearch(other.tags, t) < 0).toArray());
    }

    private int commonCount(PopulationDigest other) {
        int i = 0;
        int j = 0;
        int common = 0;
        while (i < tags.length && j < other.tags.length) {
            int c = Long.compare(tags[i], other.tags[j]);
            if (c == 0) {
                common++;
                i++;
                j++;
            } else if (c < 0) {
                i++;
            } else {
                j++;
            }
        }
        return common;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PopulationDigest other && Arrays.equals(tags, other.tags);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(tags);
    }

    @Override
    public String toString() {
        return "PopulationDigest[" + tags.length + " people]";
    }
}
