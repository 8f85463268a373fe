package org.hugmenow.wellness.insights.domain;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The noisy integers drawn once for a cell key ({@code count}, {@code sum}, or one per bucket): exact
 * aggregate plus two-sided geometric noise. Everything released is computed from a draw, so asking
 * again yields the same number.
 */
public record Draw(SortedMap<String, Long> noisy) {

    static final String COUNT = "count";
    static final String SUM = "sum";

    public Draw {
        noisy = new TreeMap<>(noisy);
    }

    public static Draw of(Map<String, Long> noisy) {
        return new Draw(new TreeMap<>(noisy));
    }

    long get(String component) {
        Long value = noisy.get(component);
        if (value == null) {
            throw new IllegalStateException("the stored draw has no " + component + ": " + noisy.keySet());
        }
        return value;
    }
}
