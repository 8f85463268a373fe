package org.hugmenow.wellness.insights.domain;

import static org.hugmenow.wellness.insights.domain.EngineHarness.reason;
import static org.hugmenow.wellness.insights.domain.EngineHarness.shownValue;
import static org.hugmenow.wellness.insights.domain.InsightsFixtures.MOOD_CHANGE;
import static org.hugmenow.wellness.insights.domain.InsightsFixtures.MOOD_MEAN;
import static org.hugmenow.wellness.insights.domain.InsightsFixtures.NOVEMBER;
import static org.hugmenow.wellness.insights.domain.InsightsFixtures.SECRET;
import static org.hugmenow.wellness.insights.domain.InsightsFixtures.WEEK_47;
import static org.hugmenow.wellness.insights.domain.InsightsFixtures.WEEK_48;
import static org.hugmenow.wellness.insights.domain.InsightsFixtures.changeCell;
import static org.hugmenow.wellness.insights.domain.InsightsFixtures.key;
import static org.hugmenow.wellness.insights.domain.InsightsFixtures.moodCell;
import static org.hugmenow.wellness.insights.domain.InsightsFixtures.people;
import static org.hugmenow.wellness.insights.domain.InsightsFixtures.segment;
import static org.hugmenow.wellness.insights.domain.InsightsFixtures.union;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The engine's own promises: order, storage, budget. The attacks are in {@link ReidentificationAttacksTest}. */
class AnonymityEngineTest {

    private final Set<String> a = people("a", 6);
    private final Set<String> b = people("b", 7);

    @Test
    void everyCellComesBackInOrderShownWithAValueOrHiddenWithAReasonOnly() {
        Release release = new EngineHarness().ask(moodCell("small", people("s", 3)), moodCell("A", a));
        assertEquals(List.of(key("small", MOOD_MEAN, NOVEMBER), key("A", MOOD_MEAN, NOVEMBER)),
                release.cells().stream().map(ReleasedCell::key).toList());
        ReleasedCell small = release.cells().get(0);
        assertFalse(small.isShown());
        assertTrue(small.valueIfShown().isEmpty());
        assertEquals("hidden: fewer than k", small.hiddenReason().label());
        double mean = shownValue(release, key("A", MOOD_MEAN, NOVEMBER)).orElseThrow();
        assertTrue(mean >= 1 && mean <= 5, "a mean stays in the score's range: " + mean);
    }

    @Test
    void hiddenCellsAreNeitherDrawnNorCharged() {
        EngineHarness tenant = new EngineHarness();
        tenant.ask(moodCell("small", people("s", 4)), moodCell("tiny", people("t", 1)));
        assertEquals(0, tenant.released.size());
        assertEquals(0, tenant.ledger.totalCharges());
    }

    @Test
    void aShownCellIsDrawnOnceAndChargedOnceToEachMember() {
        EngineHarness tenant = new EngineHarness();
        tenant.ask(moodCell("A", a));
        tenant.ask(moodCell("A", a));
        assertEquals(1, tenant.released.size());
        assertEquals(a.size(), tenant.ledger.totalCharges());
        BudgetState state = tenant.engine.budget().state(new BudgetKey(MetricFamily.MOOD, YearMonth.of(2026, 11)));
        assertEquals(InsightsFixtures.POLICY.epsilonPerRelease(), state.spent(), 1e-12);
    }

    @Test
    void aChangeIsTheDifferenceOfTheMeansShownForItsTwoPeriods() {
        EngineHarness tenant = new EngineHarness();
        Map<String, Integer> planted = Map.of("a1", 2);
        Release release = tenant.ask(moodCell("A", WEEK_48, a, planted), moodCell("A", WEEK_47, a, planted),
                changeCell("A", a, a, planted));
        double now = shownValue(release, key("A", MOOD_MEAN, WEEK_48)).orElseThrow();
        double before = shownValue(release, key("A", MOOD_MEAN, WEEK_47)).orElseThrow();
        assertEquals(now - before, shownValue(release, key("A", MOOD_CHANGE, WEEK_48)).orElseThrow(), 1e-12);
        assertEquals(2, tenant.released.size(), "the change draws nothing of its own");
    }

    @Test
    void aBudgetRefusalIsProtectedLikeAnyOtherHiddenCell() {
        PrivacyPolicy twoPerPerson = new PrivacyPolicy(5, 1.0, 2, Duration.ofDays(90));
        EngineHarness tenant = new EngineHarness(twoPerPerson, 7L);
        BudgetKey moodNovember = new BudgetKey(MetricFamily.MOOD, YearMonth.of(2026, 11));
        tenant.ledger.charge(moodNovember, new PersonTagger(SECRET).digest(a)); // A's people were in another release
        Release release = tenant.ask(List.of(moodCell("dept", union(a, b)), moodCell("A", a), moodCell("B", b)),
                List.of(new Relation(segment("dept"), List.of(segment("A"), segment("B")))));
        assertTrue(release.cell(key("dept", MOOD_MEAN, NOVEMBER)).orElseThrow().isShown());
        assertEquals(HiddenReason.BUDGET_EXHAUSTED, reason(release, key("A", MOOD_MEAN, NOVEMBER)), "dept took A's last release");
        assertEquals(HiddenReason.COMPLEMENTARY, reason(release, key("B", MOOD_MEAN, NOVEMBER)), "else dept − B = A");
        assertEquals(a.size() + a.size() + b.size(), tenant.ledger.totalCharges(), "only dept was charged");
        assertEquals(0.0, tenant.engine.budget().state(moodNovember).left(), 1e-12, "A's people are spent");
    }

    @Test
    void noRawPersonKeyReachesAPort() {
        EngineHarness tenant = new EngineHarness();
        tenant.ask(moodCell("A", a));
        String stored = tenant.shown.entries().toString();
        assertTrue(a.stream().noneMatch(stored::contains), stored);
    }
}
