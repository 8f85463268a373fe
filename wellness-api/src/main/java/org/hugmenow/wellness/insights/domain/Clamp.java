package org.hugmenow.wellness.insights.domain;

/**
 * The range a person's value is clamped to before it enters a sum, and the factor that makes it an
 * integer (mood 1..5: scale 1; hours of sleep 0..12 to a tenth: scale 10).
 *
 * <p>Invariant: {@code lo < hi}, both whole numbers once scaled. The contract with the rollups: each
 * person contributes at most one clamped, scaled value per cell (their value for the period), so one
 * person moves a sum of values shifted by {@code lo} by at most {@link #sensitivity()}.
 */
public record Clamp(double lo, double hi, int scale) {

    public Clamp {
        if (scale < 1) {
            throw new IllegalArgumentException("scale must be at least 1, was " + scale);
        }
        if (!(lo < hi)) {
            throw new IllegalArgumentException("lo must be below hi: " + lo + ", " + hi);
        }
        if (lo * scale != Math.rint(lo * scale) || hi * scale != Math.rint(hi * scale)) {
            throw new IllegalArgumentException("lo and hi must be whole numbers once scaled by " + scale);
        }
    }

    /** One person's value, clamped and scaled: what a rollup adds to a sum. */
    public long scaled(double value) {
        return Math.round(Math.max(lo, Math.min(hi, value)) * scale);
    }

    public long scaledLo() {
        return Math.round(lo * scale);
    }

    /** How much one person can move a sum of values shifted by lo: {@code (hi − lo) · scale}. */
    public long sensitivity() {
        return Math.round(hi * scale) - scaledLo();
    }

    public double clamp(double value) {
        return Math.max(lo, Math.min(hi, value));
    }
}
