package org.hugmenow.wellness.insights.domain;

import static org.hugmenow.wellness.insights.domain.InsightsFixtures.NOVEMBER;
import static org.hugmenow.wellness.insights.domain.InsightsFixtures.PARTICIPATION;
import static org.hugmenow.wellness.insights.domain.InsightsFixtures.POLICY;
import static org.hugmenow.wellness.insights.domain.InsightsFixtures.assess;
import static org.hugmenow.wellness.insights.domain.InsightsFixtures.cell;
import static org.hugmenow.wellness.insights.domain.InsightsFixtures.changeCell;
import static org.hugmenow.wellness.insights.domain.InsightsFixtures.key;
import static org.hugmenow.wellness.insights.domain.InsightsFixtures.moodCell;
import static org.hugmenow.wellness.insights.domain.InsightsFixtures.people;
import static org.hugmenow.wellness.insights.domain.InsightsFixtures.union;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MinimumGroupSizeTest {

    private final MinimumGroupSize rule = new MinimumGroupSize(POLICY);

    @Test
    void aValueOfFewerThanKContributorsIsHidden() {
        Assessment a = assess(moodCell("four", people("a", 4)), moodCell("five", people("b", 5)));
        rule.apply(a);
        assertEquals(HiddenReason.FEWER_THAN_K, cell(a, "four").hiddenReason());
        assertTrue(cell(a, "five").isShown());
    }

    @Test
    void participationNeedsKRespondentsNotKMembers() {
        Set<String> members = people("m", 40);
        Set<String> respondents = people("m", 4);
        Assessment a = assess(Cell.of(key("big-team", PARTICIPATION, NOVEMBER), new Population(members, respondents),
                new Measure.Participation(respondents.size())));
        rule.apply(a);
        assertEquals(HiddenReason.FEWER_THAN_K, cell(a, "big-team").hiddenReason());
    }

    @Test
    void aChangeNeedsKInBothPeriods() {
        Set<String> now = people("p", 6);
        Assessment a = assess(changeCell("new-team", people("p", 2), now, Map.of()),
                changeCell("old-team", union(people("q", 6)), union(people("q", 6)), Map.of()));
        rule.apply(a);
        assertEquals(HiddenReason.FEWER_THAN_K, cell(a, "new-team").hiddenReason());
        assertTrue(cell(a, "old-team").isShown());
    }

    @Test
    void kIsTheTenantsNotAConstant() {
        Assessment a = assess(moodCell("six", people("a", 6)));
        new MinimumGroupSize(POLICY.withK(7)).apply(a);
        assertEquals(HiddenReason.FEWER_THAN_K, cell(a, "six").hiddenReason());
    }
}
