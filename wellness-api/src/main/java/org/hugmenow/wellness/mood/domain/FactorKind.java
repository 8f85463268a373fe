package org.hugmenow.wellness.mood.domain;

/** How a context factor is measured, and which values it takes. */
public enum FactorKind {
    NUMBER, SCALE, YESNO;

    public boolean accepts(double value) {
        return switch (this) {
            case NUMBER -> Double.isFinite(value) && Math.abs(value) <= 1_000_000;
            case SCALE -> value >= 1 && value <= 5 && value == Math.rint(value);
            case YESNO -> value == 0 || value == 1;
        };
    }

    public String rule() {
        return switch (this) {
            case NUMBER -> "must be a number between -1000000 and 1000000";
            case SCALE -> "must be a whole number from 1 to 5";
            case YESNO -> "must be 0 (no) or 1 (yes)";
        };
    }
}
