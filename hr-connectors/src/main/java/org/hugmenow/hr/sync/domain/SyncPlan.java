package org.hugmenow.hr.sync.domain;

import java.util.List;

/**
 * The diff of one run, computed before anything is written: what a dry run shows, what the
 * safety brake judges, and what applying works through person by person.
 */
public record SyncPlan(List<Change> changes, List<Conflict> conflicts, int activeBefore) {

    /** A source wrote an attribute another source owns: reported, never applied. */
    public record Conflict(String externalId, Attribute attribute, Object current, Object proposed, String owner) {
    }

    public long count(Class<? extends Change> kind) {
        return changes.stream().filter(kind::isInstance).count();
    }

    public long moves() {
        return changes.stream().filter(c -> c instanceof Change.Update u && u.changes().containsKey(Attribute.TEAMS)).count();
    }

    public long managerChanges() {
        return changes.stream().filter(c -> c instanceof Change.Update u && u.changes().containsKey(Attribute.MANAGER)).count();
    }

    /**
     * True if the run must wait for an admin: it would deactivate more than {@code maxShare} of
     * the active people, or it rekeys identities.
     */
    public boolean needsConfirmation(double maxShare) {
        long deactivations = count(Change.Deactivate.class);
        boolean tooMany = activeBefore > 0 && deactivations > maxShare * activeBefore;
        return tooMany || count(Change.Rekey.class) > 0;
    }
}
