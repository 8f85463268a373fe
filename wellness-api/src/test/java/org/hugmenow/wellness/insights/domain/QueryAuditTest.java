package org.hugmenow.wellness.insights.domain;

import static org.hugmenow.wellness.insights.domain.InsightsFixtures.HR_ADMIN;
import static org.hugmenow.wellness.insights.domain.InsightsFixtures.NOW;
import static org.hugmenow.wellness.insights.domain.InsightsFixtures.POLICY;
import static org.hugmenow.wellness.insights.domain.InsightsFixtures.SECRET;
import static org.hugmenow.wellness.insights.domain.InsightsFixtures.WEEK_47;
import static org.hugmenow.wellness.insights.domain.InsightsFixtures.changeCell;
import static org.hugmenow.wellness.insights.domain.InsightsFixtures.assess;
import static org.hugmenow.wellness.insights.domain.InsightsFixtures.cell;
import static org.hugmenow.wellness.insights.domain.InsightsFixtures.moodCell;
import static org.hugmenow.wellness.insights.domain.InsightsFixtures.people;
import static org.hugmenow.wellness.insights.domain.InsightsFixtures.union;
import static org.hugmenow.wellness.insights.domain.InsightsFixtures.without;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QueryAuditTest {

    private final InMemoryShownPopulations shown = new InMemoryShownPopulations();
    private final Set<String> team = people("t", 9);

    /** Runs the audit for one response at {@code when} and records what stayed shown. */
    private Assessment ask(String viewer, Instant when, Cell... cells) {
        Assessment a = assess(cells);
        QueryAudit audit = new QueryAudit(POLICY, shown, viewer, when);
        audit.apply(a);
        audit.remember(a);
        return a;
    }

    @Test
    void aPopulationOnePersonAwayFromOneShownBeforeIsRefused() {
        ask(HR_ADMIN, NOW, moodCell("team", team));
        Assessment later = ask(HR_ADMIN, NOW.plus(Duration.ofDays(3)), moodCell("team-without-t4", without(team, "t4")));
        assertEquals(HiddenReason.AUDIT, cell(later, "team-without-t4").hiddenReason());
    }

    @Test
    void theSameTeamAfterOneJoinedIsRefusedToo() {
        ask(HR_ADMIN, NOW, moodCell("team", team));
        Assessment later = ask(HR_ADMIN, NOW.plusSeconds(60), moodCell("team", union(team, Set.of("joiner"))));
        assertEquals(HiddenReason.AUDIT, cell(later, "team").hiddenReason());
    }

    @Test
    void askingAgainForTheSamePeopleIsFine() {
        ask(HR_ADMIN, NOW, moodCell("team", team));
        Assessment again = ask(HR_ADMIN, NOW.plusSeconds(60), moodCell("team", team));
        assertTrue(cell(again, "team").isShown());
    }

    @Test
    void theMemoryIsPerViewerAndForTheWindowOnly() {
        ask(HR_ADMIN, NOW, moodCell("team", team));
        Assessment otherViewer = ask("viewer-team-lead", NOW, moodCell("peeled", without(team, "t4")));
        Assessment afterWindow = ask(HR_ADMIN, NOW.plus(POLICY.auditWindow()).plusSeconds(1), moodCell("peeled", without(team, "t4")));
        assertTrue(cell(otherViewer, "peeled").isShown());
        assertTrue(cell(afterWindow, "peeled").isShown());
    }

    @Test
    void onlyShownCellsAreRemembered() {
        Assessment a = assess(moodCell("team", team));
        cell(a, "team").hide(HiddenReason.FEWER_THAN_K);
        new QueryAudit(POLICY, shown, HR_ADMIN, NOW).remember(a);
        assertTrue(shown.entries().isEmpty());
    }

    @Test
    void whatIsStoredIsKeyedTagsNotPersonKeys() {
        ask(HR_ADMIN, NOW, moodCell("team", team));
        InMemoryShownPopulations.Entry entry = shown.entries().get(0);
        assertEquals(new PersonTagger(SECRET).digest(team), entry.population().members());
        assertFalse(entry.toString().contains("t1"), "no person key in what the port keeps: " + entry);
    }

    @Test
    void aChangeIsAuditedInBothItsPeriods() {
        ask(HR_ADMIN, NOW, moodCell("team", WEEK_47, team, Map.of()));
        Set<String> peeled = without(team, "t4");
        Assessment later = ask(HR_ADMIN, NOW.plusSeconds(60), changeCell("peeled", peeled, peeled, Map.of()));
        assertEquals(HiddenReason.AUDIT, cell(later, "peeled").hiddenReason(), "its week-47 mean is one person off");
    }
}
