package org.hugmenow.wellness.insights.application;

import jakarta.json.bind.annotation.JsonbTransient;
import java.util.SortedMap;

/**
 * One released cell as the API and the exports render it: a value (a number, or counts per bucket
 * for distributions) or, when hidden, the reason's label and nothing else. Never a person.
 */
public record InsightCell(String segment, String segmentLabel, String metric, String period, Double value,
        SortedMap<String, Long> buckets, String hidden) {

    @JsonbTransient
    public boolean isShown() {
        return hidden == null;
    }
}
