package org.hugmenow.wellness.insights.domain;

import java.util.List;
import java.util.Optional;

/** The answer to a {@link ReleaseRequest}: every cell asked, in the order asked. */
public record Release(List<ReleasedCell> cells) {

    public Release {
        cells = List.copyOf(cells);
    }

    public Optional<ReleasedCell> cell(CellKey key) {
        return cells.stream().filter(c -> c.key().equals(key)).findFirst();
    }

    /**
     * The cells the query audit refused: what the application logs (segment, metric and period
     * only; nothing about any person).
     */
    public List<CellKey> refusedByAudit() {
        return cells.stream().filter(c -> c.hiddenReason() == HiddenReason.AUDIT).map(ReleasedCell::key).toList();
    }
}
