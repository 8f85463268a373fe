package org.hugmenow.wellness.insights.application;

import java.util.ArrayList;
import java.util.List;
import org.hugmenow.wellness.insights.domain.Cell;
import org.hugmenow.wellness.insights.domain.CellMaker;
import org.hugmenow.wellness.insights.domain.FactorScale;
import org.hugmenow.wellness.insights.domain.MetricCatalog;
import org.hugmenow.wellness.insights.domain.PeriodData;
import org.hugmenow.wellness.insights.domain.Release;

/**
 * The drivers view: per factor, the mood of the people high on it and of those low on it, and the
 * size of each side, all released by the engine; the difference of the two means is post-processing.
 */
final class Drivers {

    private final List<FactorScale> factors;
    private final PlannedCells planned = new PlannedCells();

    Drivers(CellMaker maker, List<FactorScale> factors, PeriodData now) {
        this.factors = factors;
        for (FactorScale f : factors) {
            for (boolean high : new boolean[] {true, false}) {
                String segment = CellMaker.driverSegment(f, high).value();
                String label = "People " + (high ? "high" : "low") + " on " + f.key();
                planned.add(segment, label, MetricCatalog.MOOD_MEAN, now.period().id(), java.util.Optional.of(maker.driverMood(f, high, now)));
                planned.add(segment, label, MetricCatalog.DRIVER_RESPONDENTS, now.period().id(),
                        java.util.Optional.of(maker.driverRespondents(f, high, now)));
            }
        }
    }

    List<Cell> cells() {
        return planned.cells();
    }

    /** Rows in factor order; the answer lists each factor's cells as high mood, high n, low mood, low n. */
    List<DriverRow> rows(Release release) {
        List<InsightCell> cells = planned.answer(release);
        List<DriverRow> rows = new ArrayList<>();
        for (int i = 0; i < factors.size(); i++) {
            InsightCell highMood = cells.get(4 * i);
            InsightCell highN = cells.get(4 * i + 1);
            InsightCell lowMood = cells.get(4 * i + 2);
            InsightCell lowN = cells.get(4 * i + 3);
            Double difference = highMood.isShown() && lowMood.isShown() ? highMood.value() - lowMood.value() : null;
            rows.add(new DriverRow(factors.get(i).key(), highMood, lowMood, highN, lowN, difference));
        }
        return rows;
    }
}
