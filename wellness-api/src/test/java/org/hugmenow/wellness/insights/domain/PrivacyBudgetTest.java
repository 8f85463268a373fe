package org.hugmenow.wellness.insights.domain;

import static org.hugmenow.wellness.insights.domain.InsightsFixtures.MOOD_MEAN;
import static org.hugmenow.wellness.insights.domain.InsightsFixtures.NOVEMBER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PrivacyBudgetTest {

    private static final BudgetKey MOOD_NOVEMBER = new BudgetKey(MetricFamily.MOOD, YearMonth.of(2026, 11));
    private final PrivacyPolicy policy = new PrivacyPolicy(5, 1.0, 4, Duration.ofDays(90));
    private final InMemoryPrivacyLedger ledger = new InMemoryPrivacyLedger();
    private final PrivacyBudget budget = new PrivacyBudget(policy, ledger);

    private static Quantity draw(String segment, Period period, long... people) {
        return new Quantity(new CellKey(new SegmentId(segment), MOOD_MEAN, period), new Measure.Count(people.length),
                new DigestedPopulation(PopulationDigest.of(people), PopulationDigest.of(people)));
    }

    @Test
    void eachPersonFitsNReleasesPerFamilyAndMonth() {
        for (int i = 0; i < 4; i++) {
            Quantity next = draw("segment-" + i, NOVEMBER, 1, 2, 3);
            assertTrue(budget.unaffordable(List.of(next)).isEmpty(), "release " + (i + 1));
            budget.charge(next);
        }
        Quantity fifth = draw("segment-5", NOVEMBER, 3, 4);
        assertEquals(Set.of(fifth.key()), budget.unaffordable(List.of(fifth)), "person 3 has had four");
        assertTrue(budget.unaffordable(List.of(draw("segment-6", NOVEMBER, 4, 5))).isEmpty(), "disjoint people: parallel composition");
    }

    @Test
    void drawsOfOneRequestCountAgainstEachOther() {
        List<Quantity> five = List.of(draw("a", NOVEMBER, 1), draw("b", NOVEMBER, 1), draw("c", NOVEMBER, 1),
                draw("d", NOVEMBER, 1), draw("e", NOVEMBER, 1));
        assertEquals(Set.of(five.get(4).key()), budget.unaffordable(five));
    }

    @Test
    void aWeekAcrossTwoMonthsSpendsBoth() {
        Quantity week = draw("team", Period.week(LocalDate.of(2026, 11, 30)), 1, 2);
        budget.charge(week);
        assertEquals(1, ledger.mostReleasesOfAnyone(MOOD_NOVEMBER));
        assertEquals(1, ledger.mostReleasesOfAnyone(new BudgetKey(MetricFamily.MOOD, YearMonth.of(2026, 12))));
    }

    @Test
    void spentAndLeftFollowTheBusiestPerson() {
        assertEquals(new BudgetState(MOOD_NOVEMBER, 1.0, 0.0, 1.0, 0, 4), budget.state(MOOD_NOVEMBER));
        budget.charge(draw("a", NOVEMBER, 1, 2));
        budget.charge(draw("b", NOVEMBER, 2));
        BudgetState state = budget.state(MOOD_NOVEMBER);
        assertEquals(0.5, state.spent(), 1e-12, "person 2 is in two releases of ε/4");
        assertEquals(0.5, state.left(), 1e-12);
        assertEquals(0.0, budget.state(new BudgetKey(MetricFamily.HUGS, YearMonth.of(2026, 11))).spent(), "families are separate");
    }
}
