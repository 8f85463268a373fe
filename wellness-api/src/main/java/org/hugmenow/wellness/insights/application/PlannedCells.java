package org.hugmenow.wellness.insights.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hugmenow.wellness.insights.domain.Cell;
import org.hugmenow.wellness.insights.domain.HiddenReason;
import org.hugmenow.wellness.insights.domain.Metric;
import org.hugmenow.wellness.insights.domain.Release;
import org.hugmenow.wellness.insights.domain.ReleasedCell;
import org.hugmenow.wellness.insights.domain.Value;

/**
 * The cells of a response in the order asked, with their labels, and how the release answered each.
 * A cell without people to build it from (participation of a segment with no members) is reported
 * hidden as fewer than k without reaching the engine: there is no value to protect.
 */
final class PlannedCells {

    private record Planned(String segment, String label, Metric metric, String period, Optional<Cell> cell) {
    }

    private final List<Planned> planned = new ArrayList<>();

    void add(String segment, String label, Metric metric, String period, Optional<Cell> cell) {
        planned.add(new Planned(segment, label, metric, period, cell));
    }

    List<Cell> cells() {
        return planned.stream().flatMap(p -> p.cell().stream()).toList();
    }

    List<InsightCell> answer(Release release) {
        return planned.stream().map(p -> p.cell()
                .map(cell -> render(p, release.cell(cell.key()).orElseThrow()))
                .orElseGet(() -> new InsightCell(p.segment(), p.label(), p.metric().id(), p.period(), null, null,
                        HiddenReason.FEWER_THAN_K.label())))
                .toList();
    }

    private static InsightCell render(Planned p, ReleasedCell released) {
        if (!released.isShown()) {
            return new InsightCell(p.segment(), p.label(), p.metric().id(), p.period(), null, null, released.hiddenReason().label());
        }
        Value value = released.value();
        if (value instanceof Value.Scalar scalar) {
            return new InsightCell(p.segment(), p.label(), p.metric().id(), p.period(), scalar.value(), null, null);
        }
        return new InsightCell(p.segment(), p.label(), p.metric().id(), p.period(), null, ((Value.Buckets) value).counts(), null);
    }
}
