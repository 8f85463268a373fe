package org.hugmenow.hr.sync.domain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hugmenow.hr.connector.spi.HrEmployee;

/**
 * Computes a run's plan from what the directory holds for a source and what the source reports.
 * People are matched by the source's key; a new key with a known email is a rekey, never a
 * silent delete-and-create. Only attributes the source owns change; others become conflicts.
 */
public final class SyncPlanner {

    private SyncPlanner() {
    }

    /**
     * @param current   what the directory holds for people this source manages (its last known view)
     * @param incoming  what the source reports now
     * @param full      a full export: people missing from it are deactivated; an incremental run never deactivates by absence
     * @param ownership which source owns each attribute; {@code source} is this run's source
     */
    public static SyncPlan plan(List<HrEmployee> current, List<HrEmployee> incoming, boolean full,
                                Map<Attribute, String> ownership, String source) {
        Map<String, HrEmployee> byId = new HashMap<>();
        Map<String, HrEmployee> byEmail = new HashMap<>();
        for (HrEmployee e : current) {
            byId.put(e.externalId(), e);
            if (e.email() != null) {
                byEmail.put(e.email().toLowerCase(Locale.ROOT), e);
            }
        }
        List<Change> changes = new ArrayList<>();
        List<SyncPlan.Conflict> conflicts = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (HrEmployee next : incoming) {
            HrEmployee known = byId.get(next.externalId());
            if (known == null && next.email() != null) {
                HrEmployee sameEmail = byEmail.get(next.email().toLowerCase(Locale.ROOT));
                if (sameEmail != null && !sameEmail.externalId().equals(next.externalId())) {
                    changes.add(new Change.Rekey(sameEmail.externalId(), next.externalId(), next.email()));
                    seen.add(sameEmail.externalId());
                    seen.add(next.externalId());
                    continue;
                }
            }
            seen.add(next.externalId());
            if (known == null) {
                changes.add(new Change.Create(next));
            } else {
                update(known, next, ownership, source, changes, conflicts);
            }
        }
        if (full) {
            for (HrEmployee e : current) {
                if (e.active() && !seen.contains(e.externalId()) && owns(ownership, Attribute.ACTIVE, source)) {
                    changes.add(new Change.Deactivate(e.externalId()));
                }
            }
        }
        int active = (int) current.stream().filter(HrEmployee::active).count();
        return new SyncPlan(List.copyOf(changes), List.copyOf(conflicts), active);
    }

    private static void update(HrEmployee known, HrEmployee next, Map<Attribute, String> ownership, String source,
                               List<Change> changes, List<SyncPlan.Conflict> conflicts) {
        Map<Attribute, Object[]> diff = new EnumMap<>(Attribute.class);
        for (Attribute a : Attribute.values()) {
            if (!a.differs(known, next)) {
                continue;
            }
            if (owns(ownership, a, source)) {
                diff.put(a, new Object[] {a.of(known), a.of(next)});
            } else {
                conflicts.add(new SyncPlan.Conflict(next.externalId(), a, a.of(known), a.of(next), ownership.get(a)));
            }
        }
        if (diff.isEmpty()) {
            return;
        }
        if (diff.size() == 1 && diff.containsKey(Attribute.ACTIVE) && !next.active()) {
            changes.add(new Change.Deactivate(next.externalId()));
        } else {
            changes.add(new Change.Update(next.externalId(), diff, next));
        }
    }

    /** An attribute nobody claimed belongs to whichever source writes it. */
    private static boolean owns(Map<Attribute, String> ownership, Attribute attribute, String source) {
        String owner = ownership.get(attribute);
        return owner == null || owner.equals(source);
    }
}
