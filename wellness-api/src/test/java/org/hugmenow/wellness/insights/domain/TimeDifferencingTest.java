package org.hugmenow.wellness.insights.domain;

import static org.hugmenow.wellness.insights.domain.InsightsFixtures.POLICY;
import static org.hugmenow.wellness.insights.domain.InsightsFixtures.assess;
import static org.hugmenow.wellness.insights.domain.InsightsFixtures.cell;
import static org.hugmenow.wellness.insights.domain.InsightsFixtures.changeCell;
import static org.hugmenow.wellness.insights.domain.InsightsFixtures.moodCell;
import static org.hugmenow.wellness.insights.domain.InsightsFixtures.people;
import static org.hugmenow.wellness.insights.domain.InsightsFixtures.union;
import static org.hugmenow.wellness.insights.domain.InsightsFixtures.without;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TimeDifferencingTest {

    private final TimeDifferencing rule = new TimeDifferencing(POLICY);
    private final Set<String> team = people("p", 8);

    @Test
    void oneJoinerHidesTheChange() {
        Assessment a = assess(changeCell("team", team, union(team, Set.of("joiner")), Map.of()));
        rule.apply(a);
        assertEquals(HiddenReason.TIME_DIFFERENCE, cell(a, "team").hiddenReason());
    }

    @Test
    void oneLeaverOrOneSwapHidesTheChangeToo() {
        Assessment a = assess(changeCell("left", team, without(team, "p1"), Map.of()),
                changeCell("swapped", team, union(without(team, "p1"), Set.of("x")), Map.of()));
        rule.apply(a);
        assertEquals(HiddenReason.TIME_DIFFERENCE, cell(a, "left").hiddenReason());
        assertEquals(HiddenReason.TIME_DIFFERENCE, cell(a, "swapped").hiddenReason());
    }

    @Test
    void anUnchangedTeamOrKNewcomersKeepTheChange() {
        Assessment a = assess(changeCell("same", team, team, Map.of()),
                changeCell("grown", team, union(team, people("new", 5)), Map.of()));
        rule.apply(a);
        assertTrue(cell(a, "same").isShown());
        assertTrue(cell(a, "grown").isShown());
    }

    @Test
    void levelsAreNotChanges() {
        Assessment a = assess(moodCell("level", team));
        rule.apply(a);
        assertTrue(cell(a, "level").isShown());
    }
}
