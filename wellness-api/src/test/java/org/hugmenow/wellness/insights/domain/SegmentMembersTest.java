package org.hugmenow.wellness.insights.domain;

import static org.hugmenow.wellness.insights.domain.OrgFixtures.INFRA;
import static org.hugmenow.wellness.insights.domain.OrgFixtures.PLATFORM;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class SegmentMembersTest {

    private final SegmentMembers members = OrgFixtures.segmentMembers();
    private final LineTokens lines = OrgFixtures.lines();

    @Test
    void aTeamAloneOrWithItsSubTeams() {
        assertEquals(Set.of("lena", "p1", "p2"), members.of(SegmentSpec.of(Attribute.team(PLATFORM))));
        assertEquals(Set.of("lena", "p1", "p2", "p3"), members.of(SegmentSpec.of(Attribute.teamTree(PLATFORM))));
        assertEquals(Set.of("p3"), members.of(SegmentSpec.of(Attribute.teamTree(INFRA))));
    }

    @Test
    void reportingLinesDirectAndAllLevelsByToken() {
        assertEquals(Set.of("p1", "p2"), members.of(SegmentSpec.of(new Attribute(AttributeType.LINE, lines.token("lena")))));
        assertEquals(Set.of("p1", "p2", "p3"), members.of(SegmentSpec.of(new Attribute(AttributeType.LINE_ALL, lines.token("lena")))));
        assertEquals(Set.of(), members.of(SegmentSpec.of(new Attribute(AttributeType.LINE, "0123456789abcdef"))));
    }

    @Test
    void intersectionsTenureAndTheTenant() {
        assertEquals(Set.of("s1", "s2", "s3"), members.of(SegmentSpec.parse("dept:Sales&loc:Berlin")));
        assertEquals(Set.of("p1", "p3"), members.of(SegmentSpec.parse("dept:Tech&loc:Hamburg")));
        assertEquals(Set.of("p1"), members.of(SegmentSpec.parse("tenure:1-2y")));
        assertEquals(Set.of("p2", "x", "s1", "s2", "s3"), members.of(SegmentSpec.parse("tenure:2-5y")));
        assertEquals(9, members.of(SegmentSpec.TENANT).size());
        assertEquals(Set.of(), members.of(SegmentSpec.parse("dept:Nowhere")));
    }
}
