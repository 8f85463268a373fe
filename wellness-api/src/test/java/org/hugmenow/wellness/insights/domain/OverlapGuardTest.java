package org.hugmenow.wellness.insights.domain;

import static org.hugmenow.wellness.insights.domain.InsightsFixtures.NOVEMBER;
import static org.hugmenow.wellness.insights.domain.InsightsFixtures.OCTOBER;
import static org.hugmenow.wellness.insights.domain.InsightsFixtures.PARTICIPATION;
import static org.hugmenow.wellness.insights.domain.InsightsFixtures.POLICY;
import static org.hugmenow.wellness.insights.domain.InsightsFixtures.WEEK_48;
import static org.hugmenow.wellness.insights.domain.InsightsFixtures.changeCell;
import static org.hugmenow.wellness.insights.domain.InsightsFixtures.assess;
import static org.hugmenow.wellness.insights.domain.InsightsFixtures.cell;
import static org.hugmenow.wellness.insights.domain.InsightsFixtures.key;
import static org.hugmenow.wellness.insights.domain.InsightsFixtures.moodCell;
import static org.hugmenow.wellness.insights.domain.InsightsFixtures.people;
import static org.hugmenow.wellness.insights.domain.InsightsFixtures.union;
import static org.hugmenow.wellness.insights.domain.InsightsFixtures.without;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OverlapGuardTest {

    private final OverlapGuard rule = new OverlapGuard(POLICY);
    private final Set<String> department = people("d", 12);

    @Test
    void aFilterThatPeelsOnePersonOffIsHiddenWhicheverOrderItIsAskedIn() {
        Set<String> peeled = without(department, "d7");
        Assessment first = assess(moodCell("department", department), moodCell("department-x-berlin", peeled));
        Assessment second = assess(moodCell("department-x-berlin", peeled), moodCell("department", department));
        rule.apply(first);
        rule.apply(second);
        for (Assessment a : new Assessment[] {first, second}) {
            assertTrue(cell(a, "department").isShown());
            assertEquals(HiddenReason.OVERLAP, cell(a, "department-x-berlin").hiddenReason());
        }
    }

    @Test
    void populationsThatDifferByFewerThanKEitherWayClash() {
        Set<String> shifted = union(without(department, "d1", "d2"), Set.of("x1"));
        Assessment a = assess(moodCell("department", department), moodCell("shifted", shifted));
        rule.apply(a);
        assertEquals(HiddenReason.OVERLAP, cell(a, "shifted").hiddenReason(), "3 people differ: 2 gone, 1 new");
    }

    @Test
    void kOrMoreDifferentPeopleOrTheSamePeopleMayBothBeShown() {
        Assessment a = assess(moodCell("department", department), moodCell("minus-five", without(department, "d1", "d2", "d3", "d4", "d5")),
                moodCell("same-people", department));
        rule.apply(a);
        assertTrue(a.cells().stream().allMatch(AssessedCell::isShown));
    }

    @Test
    void onlyValuesThatCanBeSubtractedAreCompared() {
        Set<String> peeled = without(department, "d7");
        Assessment a = assess(moodCell("department", department),
                moodCell("peeled-october", OCTOBER, peeled, Map.of()),
                Cell.of(key("peeled-participation", PARTICIPATION, NOVEMBER), new Population(peeled, peeled),
                        new Measure.Participation(peeled.size())));
        rule.apply(a);
        assertTrue(a.cells().stream().allMatch(AssessedCell::isShown));
    }

    @Test
    void respondentsThatDifferByOneClashEvenWhenMembersDoNot() {
        Set<String> respondents = without(department, "d7");
        Assessment a = assess(moodCell("department", department),
                Cell.of(key("department-again", InsightsFixtures.MOOD_MEAN, NOVEMBER), new Population(department, respondents),
                        InsightsFixtures.meanOf(respondents, Map.of())));
        rule.apply(a);
        assertEquals(HiddenReason.OVERLAP, cell(a, "department-again").hiddenReason());
    }

    @Test
    void cellsAlreadyHiddenDoNotHideOthers() {
        Assessment a = assess(moodCell("department", department), moodCell("peeled", without(department, "d7")));
        cell(a, "department").hide(HiddenReason.AUDIT);
        rule.apply(a);
        assertTrue(cell(a, "peeled").isShown());
    }

    @Test
    void aChangeIsComparedAsTheMeansItIsMadeOf() {
        Set<String> peeled = without(department, "d7");
        Assessment a = assess(moodCell("department", WEEK_48, department, Map.of()),
                changeCell("peeled", peeled, peeled, Map.of()));
        rule.apply(a);
        assertEquals(HiddenReason.OVERLAP, cell(a, "peeled").hiddenReason(), "its week-48 mean is one person off the department's");
    }
}
