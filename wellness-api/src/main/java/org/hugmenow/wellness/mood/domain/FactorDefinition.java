package org.hugmenow.wellness.mood.domain;

import java.util.List;

/** A context factor a check-in can carry. Scope: built in, defined by the tenant, or by one person. */
public record FactorDefinition(String key, String label, FactorKind kind, Scope scope, double min, double max) {

    public enum Scope { BUILTIN, TENANT, PERSONAL }

    public static final List<FactorDefinition> BUILTIN = List.of(
            new FactorDefinition("sleepHours", "Sleep (hours)", FactorKind.NUMBER, Scope.BUILTIN, 0, 24),
            new FactorDefinition("sleepQuality", "Sleep quality", FactorKind.SCALE, Scope.BUILTIN, 1, 5),
            new FactorDefinition("exerciseMinutes", "Exercise (minutes)", FactorKind.NUMBER, Scope.BUILTIN, 0, 1440));

    public static FactorDefinition custom(String key, String label, FactorKind kind, Scope scope) {
        return new FactorDefinition(key, label, kind, scope, kind == FactorKind.SCALE ? 1 : kind == FactorKind.YESNO ? 0 : -1_000_000,
                kind == FactorKind.SCALE ? 5 : kind == FactorKind.YESNO ? 1 : 1_000_000);
    }

    /** Null if the value is acceptable, else what is wrong with it. */
    public String check(double value) {
        if (!kind.accepts(value)) {
            return kind.rule();
        }
        if (value < min || value > max) {
            return "must be between " + fmt(min) + " and " + fmt(max);
        }
        return null;
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
