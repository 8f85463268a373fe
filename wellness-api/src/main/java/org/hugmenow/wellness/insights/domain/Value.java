package org.hugmenow.wellness.insights.domain;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** A released, noised value: what a shown cell carries. */
public sealed interface Value permits Value.Scalar, Value.Buckets {

    record Scalar(double value) implements Value {
    }

    record Buckets(SortedMap<String, Long> counts) implements Value {
        public Buckets {
            counts = new TreeMap<>(counts);
        }

        public static Buckets of(Map<String, Long> counts) {
            return new Buckets(new TreeMap<>(counts));
        }
    }
}
