package org.hugmenow.wellness.insights.domain;

import java.util.List;
import java.util.Objects;

/**
 * A parent segment and the segments that split it: a team and its sub-teams, a department and its
 * department × location cells (and, as another relation, a location and the same cells). A child
 * without a cell in the response counts as part of the parent's implicit rest.
 */
public record Relation(SegmentId parent, List<SegmentId> children) {

    public Relation {
        Objects.requireNonNull(parent, "parent");
        children = List.copyOf(children);
        if (children.contains(parent)) {
            throw new IllegalArgumentException("a segment is not its own child: " + parent);
        }
    }
}
