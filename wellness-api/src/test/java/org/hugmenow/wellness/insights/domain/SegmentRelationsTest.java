package org.hugmenow.wellness.insights.domain;

import static org.hugmenow.wellness.insights.domain.OrgFixtures.INFRA;
import static org.hugmenow.wellness.insights.domain.OrgFixtures.PLATFORM;
import static org.hugmenow.wellness.insights.domain.OrgFixtures.TEAMS;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SegmentRelationsTest {

    private static SegmentSpec s(String id) {
        return SegmentSpec.parse(id);
    }

    private static Relation relation(String parent, String... children) {
        return new Relation(s(parent).segmentId(), List.of(children).stream().map(c -> s(c).segmentId()).toList());
    }

    @Test
    void aCrossTabIsProtectedInRowsColumnsAndAgainstTheTenant() {
        List<Relation> relations = SegmentRelations.of(List.of(s("tenant"), s("dept:A"), s("dept:B"), s("loc:X"),
                s("dept:A&loc:X"), s("dept:B&loc:X")), TEAMS);
        assertTrue(relations.contains(relation("tenant", "dept:A", "dept:B")), relations.toString());
        assertTrue(relations.contains(relation("tenant", "loc:X")), relations.toString());
        assertTrue(relations.contains(relation("dept:A", "dept:A&loc:X")), relations.toString());
        assertTrue(relations.contains(relation("loc:X", "dept:A&loc:X", "dept:B&loc:X")), relations.toString());
    }

    @Test
    void aTeamWithSubTeamsIsSplitIntoTheTeamAloneAndEachChildTree() {
        List<Relation> relations = SegmentRelations.of(List.of(s("team-tree:" + PLATFORM + "&loc:X")), TEAMS);
        assertTrue(relations.contains(relation("team-tree:" + PLATFORM + "&loc:X", "team:" + PLATFORM + "&loc:X",
                "team-tree:" + INFRA + "&loc:X")), relations.toString());
    }
}
