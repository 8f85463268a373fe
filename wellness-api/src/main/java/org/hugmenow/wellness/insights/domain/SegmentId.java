package org.hugmenow.wellness.insights.domain;

/** An opaque, non-personal name of a segment (a team, a department × location, the tenant). */
public record SegmentId(String value) implements Comparable<SegmentId> {

    public SegmentId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a segment needs an id");
        }
    }

    @Override
    public int compareTo(SegmentId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
