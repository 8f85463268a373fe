package org.hugmenow.wellness.insights.application;

import java.util.List;

/** The cells of a heatmap, trend, comparison or participation view, in the order asked, and the noise note to show with them. */
public record InsightsTable(String view, List<InsightCell> cells, String noiseNote) {

    public InsightsTable {
        cells = List.copyOf(cells);
    }
}
