package org.hugmenow.hr.sync.application;

import java.time.Instant;
import java.util.List;

/** One change of a run's stored plan, as an admin reviews it: which attributes move from what to what. */
public record PlannedChange(int seq, String kind, String externalId, List<AttributeChange> changes, Instant appliedAt, String error) {

    /** {@code from} and {@code to} are text, a boolean, or a list of team names. */
    public record AttributeChange(String attribute, Object from, Object to) {
    }
}
