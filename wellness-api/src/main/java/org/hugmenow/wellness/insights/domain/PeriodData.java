package org.hugmenow.wellness.insights.domain;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** What one period holds for a response: who was a member, their rollups, and the hugs between people. */
public record PeriodData(InsightsPeriod period, SegmentMembers members, Map<String, PersonPeriod> rollups, List<HugFlow> hugs) {

    public PeriodData {
        rollups = Map.copyOf(rollups);
        hugs = List.copyOf(hugs);
    }

    /** The members of a segment who checked in. */
    Set<String> respondents(Set<String> members) {
        return members.stream().filter(p -> rollups.containsKey(p) && rollups.get(p).checkedIn())
                .collect(Collectors.toUnmodifiableSet());
    }

    PersonPeriod rollup(String person) {
        return rollups.get(person);
    }
}
