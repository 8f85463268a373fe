package org.hugmenow.wellness.insights.domain;

import java.util.Objects;
import java.util.Set;

/**
 * The people behind a cell in one period, as opaque person keys. They stay inside the engine's call:
 * what leaves it is a {@link PopulationDigest}.
 *
 * <p>Invariant: contributors are members (someone who is not a member cannot contribute).
 *
 * @param members      the segment's active members in the period (directory data)
 * @param contributors those whose data is in the aggregate (for participation: the respondents)
 */
public record Population(Set<String> members, Set<String> contributors) {

    public Population {
        members = Set.copyOf(Objects.requireNonNull(members, "members"));
        contributors = Set.copyOf(Objects.requireNonNull(contributors, "contributors"));
        if (!members.containsAll(contributors)) {
            throw new IllegalArgumentException("every contributor must be a member of the segment");
        }
    }
}
