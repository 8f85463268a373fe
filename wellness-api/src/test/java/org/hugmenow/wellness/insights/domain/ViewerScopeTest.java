package org.hugmenow.wellness.insights.domain;

import static org.hugmenow.wellness.insights.domain.OrgFixtures.APPS;
import static org.hugmenow.wellness.insights.domain.OrgFixtures.ENGINEERING;
import static org.hugmenow.wellness.insights.domain.OrgFixtures.INFRA;
import static org.hugmenow.wellness.insights.domain.OrgFixtures.PLATFORM;
import static org.hugmenow.wellness.insights.domain.OrgFixtures.TEAMS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ViewerScopeTest {

    private final LineTokens lines = OrgFixtures.lines();

    private ViewerScope scopeOf(String person, String... roles) {
        return ViewerScope.of(new Viewer(person, Set.of(roles)), OrgFixtures.members(), TEAMS, lines);
    }

    @Test
    void anHrAdminSeesEverySegment() {
        ViewerScope hr = scopeOf("anyone", Viewer.HR_ADMIN);
        assertTrue(hr.seesEverything());
        assertTrue(hr.permits(SegmentSpec.TENANT));
        assertTrue(hr.permits(SegmentSpec.parse("dept:Sales&loc:Berlin")));
    }

    @Test
    void aTeamLeadLeadsTeamsTheyShareWithSomeoneReportingToThem() {
        assertEquals(Set.of(PLATFORM), ViewerScope.ledTeams("lena", OrgFixtures.members()));
        // boss manages x (Apps) and lena (Platform) but is a member of Engineering only, where nobody reports to them
        assertEquals(Set.of(), ViewerScope.ledTeams("boss", OrgFixtures.members()));
        // p1 manages p3, who is in Infra, not in Platform
        assertEquals(Set.of(), ViewerScope.ledTeams("p1", OrgFixtures.members()));
    }

    @Test
    void aTeamLeadSeesLedTeamsSubTeamsOwnLineAndNarrowingsOfThem() {
        ViewerScope lena = scopeOf("lena", Viewer.TEAM_LEAD);
        assertTrue(lena.permits(SegmentSpec.of(Attribute.team(PLATFORM))));
        assertTrue(lena.permits(SegmentSpec.of(Attribute.teamTree(PLATFORM))));
        assertTrue(lena.permits(SegmentSpec.of(Attribute.teamTree(INFRA))));
        assertTrue(lena.permits(SegmentSpec.parse("team-tree:" + PLATFORM + "&loc:Berlin")));
        assertTrue(lena.permits(SegmentSpec.of(new Attribute(AttributeType.LINE_ALL, lines.token("lena")))));
        assertFalse(lena.permits(SegmentSpec.of(new Attribute(AttributeType.LINE_ALL, lines.token("boss")))));
        assertFalse(lena.permits(SegmentSpec.TENANT));
        assertFalse(lena.permits(SegmentSpec.of(Attribute.teamTree(ENGINEERING))));
        assertFalse(lena.permits(SegmentSpec.of(Attribute.team(APPS))));
        assertFalse(lena.permits(SegmentSpec.parse("dept:Tech")));
        assertEquals(List.of(SegmentSpec.of(Attribute.teamTree(PLATFORM)),
                SegmentSpec.of(new Attribute(AttributeType.LINE_ALL, lines.token("lena")))), lena.ownSegments());
    }

    @Test
    void aTeamLeadWithoutLedTeamsAndAnEmployeeSeeNothing() {
        ViewerScope p1 = scopeOf("p1", Viewer.TEAM_LEAD);
        assertFalse(p1.permits(SegmentSpec.of(Attribute.teamTree(PLATFORM))));
        assertTrue(p1.permits(SegmentSpec.of(new Attribute(AttributeType.LINE_ALL, lines.token("p1")))), "p1 still has a reporting line");
        ViewerScope employee = scopeOf("p2", "employee");
        assertFalse(employee.permits(SegmentSpec.of(Attribute.team(PLATFORM))));
        assertEquals(List.of(), employee.ownSegments());
    }
}
