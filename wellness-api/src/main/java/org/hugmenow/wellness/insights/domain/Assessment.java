package org.hugmenow.wellness.insights.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The cells of one request under judgement, in request order, grouped as the rules need them. */
final class Assessment {

    private final List<AssessedCell> cells;

    private Assessment(List<AssessedCell> cells) {
        this.cells = cells;
    }

    static Assessment of(List<Cell> cells, PersonTagger tagger) {
        return new Assessment(cells.stream().map(c -> new AssessedCell(c, tagger)).toList());
    }

    List<AssessedCell> cells() {
        return cells;
    }

    List<AssessedCell> shown() {
        return cells.stream().filter(AssessedCell::isShown).toList();
    }

    /** Cells by metric and period, then by segment: the cells whose values can be set against each other. */
    Map<MetricPeriod, Map<SegmentId, AssessedCell>> byMetricPeriod() {
        Map<MetricPeriod, Map<SegmentId, AssessedCell>> groups = new LinkedHashMap<>();
        for (AssessedCell cell : cells) {
            groups.computeIfAbsent(cell.key().metricPeriod(), mp -> new LinkedHashMap<>()).put(cell.segment(), cell);
        }
        return groups;
    }
}
