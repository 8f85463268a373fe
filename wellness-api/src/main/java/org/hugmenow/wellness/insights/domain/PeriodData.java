package org.hugmenow.wellness.insights.domain;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What one period holds for a response: who was a member, their rollups, and the hugs between people.
 * Immutable to its readers and shared between requests while it holds (see the application's
 * snapshots); the respondents of a segment are remembered, as its members are.
 */
public final class PeriodData {

    private final InsightsPeriod period;
    private final SegmentMembers members;
    private final Map<String, PersonPeriod> rollups;
    private final List<HugFlow> hugs;
    /** By the identity of a member set that {@link SegmentMembers} remembers; other sets are counted afresh. */
    private final Map<Set<String>, Set<String>> respondents = Collections.synchronizedMap(new IdentityHashMap<>());

    public PeriodData(InsightsPeriod period, SegmentMembers members, Map<String, PersonPeriod> rollups, List<HugFlow> hugs) {
        this.period = period;
        this.members = members;
        this.rollups = Map.copyOf(rollups);
        this.hugs = List.copyOf(hugs);
    }

    public InsightsPeriod period() {
        return period;
    }

    public SegmentMembers members() {
        return members;
    }

    public Map<String, PersonPeriod> rollups() {
        return rollups;
    }

    public List<HugFlow> hugs() {
        return hugs;
    }

    /** The members of a segment who checked in. */
    Set<String> respondents(Set<String> members) {
        Set<String> known = respondents.get(members);
        if (known == null) {
            known = members.stream().filter(p -> rollups.containsKey(p) && rollups.get(p).checkedIn())
                    .collect(Collectors.toUnmodifiableSet());
            if (this.members.remembers(members)) {
                if (respondents.size() >= SegmentMembers.REMEMBERED) {
                    respondents.clear();
                }
                respondents.put(members, known);
            }
        }
        return known;
    }

    PersonPeriod rollup(String person) {
        return rollups.get(person);
    }
}
