package org.hugmenow.wellness.insights.domain;

import static org.hugmenow.wellness.insights.domain.EngineHarness.reason;
import static org.hugmenow.wellness.insights.domain.EngineHarness.shownValue;
import static org.hugmenow.wellness.insights.domain.InsightsFixtures.MOOD_CHANGE;
import static org.hugmenow.wellness.insights.domain.InsightsFixtures.MOOD_MEAN;
import static org.hugmenow.wellness.insights.domain.InsightsFixtures.NOVEMBER;
import static org.hugmenow.wellness.insights.domain.InsightsFixtures.NOW;
import static org.hugmenow.wellness.insights.domain.InsightsFixtures.POLICY;
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
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Each attack plants a known score on one person (everyone else scores 4) and tries to read it back
 * from what the engine releases. "Not recoverable" means: the attack's formula needs a value the
 * engine withheld, or (where every input is shown) the noise leaves the attacker guessing.
 */
class ReidentificationAttacksTest {

    private static final String VICTIM = "victim";
    private static final Map<String, Integer> PLANTED = Map.of(VICTIM, 1);
    private final Set<String> others = people("t", 7);
    private final Set<String> team = union(others, Set.of(VICTIM));

    /** The victim's score as n₁·mean₁ − n₂·mean₂, when both means are shown. */
    private static Optional<Double> subtract(Release first, CellKey with, int withSize, Release second, CellKey without,
            int withoutSize) {
        return shownValue(first, with).flatMap(m1 -> shownValue(second, without).map(m2 -> withSize * m1 - withoutSize * m2));
    }

    @Test
    void differencingATeamWithAndWithoutTheMemberInOneResponse() {
        Release release = new EngineHarness().ask(moodCell("team", team, PLANTED), moodCell("team-x-tenure", others, PLANTED));
        assertTrue(subtract(release, key("team", MOOD_MEAN, NOVEMBER), 8, release, key("team-x-tenure", MOOD_MEAN, NOVEMBER), 7)
                .isEmpty());
        assertEquals(HiddenReason.OVERLAP, reason(release, key("team-x-tenure", MOOD_MEAN, NOVEMBER)));
    }

    @Test
    void differencingATeamWithAndWithoutTheMemberAcrossResponses() {
        EngineHarness tenant = new EngineHarness();
        Release first = tenant.ask(moodCell("team", team, PLANTED));
        Release second = tenant.ask(NOW.plus(Duration.ofDays(1)), List.of(moodCell("manager-line", others, PLANTED)), List.of());
        assertTrue(subtract(first, key("team", MOOD_MEAN, NOVEMBER), 8, second, key("manager-line", MOOD_MEAN, NOVEMBER), 7)
                .isEmpty());
        assertEquals(List.of(key("manager-line", MOOD_MEAN, NOVEMBER)), second.refusedByAudit(), "the refusal is reported");
    }

    @Test
    void differencingATeamAgainstItsSubTeamWhenTheMemberIsInNone() {
        Release release = new EngineHarness().ask(List.of(moodCell("team", team, PLANTED), moodCell("sub-team", others, PLANTED)),
                List.of(new Relation(segment("team"), List.of(segment("sub-team")))));
        assertTrue(subtract(release, key("team", MOOD_MEAN, NOVEMBER), 8, release, key("sub-team", MOOD_MEAN, NOVEMBER), 7)
                .isEmpty());
    }

    @Test
    void differencingThroughAChangeAndThePeriodBefore() {
        // peeled week 48 = peeled change + peeled week 47; then team week 48 − peeled week 48.
        Release release = new EngineHarness().ask(moodCell("team", WEEK_48, team, PLANTED),
                moodCell("peeled", WEEK_47, others, PLANTED), changeCell("peeled", others, others, PLANTED));
        Optional<Double> peeledWeek48 = shownValue(release, key("peeled", MOOD_CHANGE, WEEK_48))
                .flatMap(change -> shownValue(release, key("peeled", MOOD_MEAN, WEEK_47)).map(before -> change + before));
        Optional<Double> victim = shownValue(release, key("team", MOOD_MEAN, WEEK_48))
                .flatMap(teamMean -> peeledWeek48.map(peeledMean -> 8 * teamMean - 7 * peeledMean));
        assertTrue(victim.isEmpty());
    }

    @Test
    void subtractingTheVisibleTeamsFromTheirDepartment() {
        Set<String> a = people("a", 6);
        Set<String> b = people("b", 7);
        Set<String> c = union(people("c", 2), Set.of(VICTIM));
        Set<String> department = union(a, b, c);
        Release release = new EngineHarness().ask(
                List.of(moodCell("dept", department, PLANTED), moodCell("A", a), moodCell("B", b), moodCell("C", c, PLANTED)),
                List.of(new Relation(segment("dept"), List.of(segment("A"), segment("B"), segment("C")))));
        // The attack: 16·dept − 6·A − 7·B = C's sum, the victim's score plus two others'.
        Optional<Double> cSum = shownValue(release, key("dept", MOOD_MEAN, NOVEMBER)).flatMap(dept ->
                shownValue(release, key("A", MOOD_MEAN, NOVEMBER)).flatMap(ma ->
                        shownValue(release, key("B", MOOD_MEAN, NOVEMBER)).map(mb -> 16 * dept - 6 * ma - 7 * mb)));
        assertTrue(cSum.isEmpty());
        assertEquals(HiddenReason.FEWER_THAN_K, reason(release, key("C", MOOD_MEAN, NOVEMBER)));
    }

    @Test
    void filteringDownToTheOnePersonOrPeelingThemOff() {
        Set<String> department = union(people("d", 11), Set.of(VICTIM));
        Release release = new EngineHarness().ask(moodCell("dept", department, PLANTED),
                moodCell("dept-x-berlin", people("d", 11)), moodCell("dept-x-berlin-x-new-joiners", Set.of(VICTIM), PLANTED));
        assertTrue(shownValue(release, key("dept-x-berlin-x-new-joiners", MOOD_MEAN, NOVEMBER)).isEmpty());
        assertTrue(subtract(release, key("dept", MOOD_MEAN, NOVEMBER), 12, release, key("dept-x-berlin", MOOD_MEAN, NOVEMBER), 11)
                .isEmpty());
    }

    @Test
    void aNewTeamOfOneToFourShowsNothing() {
        for (int size = 1; size <= 4; size++) {
            Set<String> newTeam = union(people("n", size - 1), Set.of(VICTIM));
            Release release = new EngineHarness().ask(moodCell("new-team", newTeam, PLANTED));
            assertTrue(shownValue(release, key("new-team", MOOD_MEAN, NOVEMBER)).isEmpty(), size + " people");
        }
    }

    @Test
    void averagingRepeatedIdenticalQueriesGivesBackTheFirstAnswer() {
        EngineHarness tenant = new EngineHarness();
        List<Double> answers = IntStream.range(0, 100)
                .mapToObj(i -> shownValue(tenant.ask(moodCell("team", team, PLANTED)), key("team", MOOD_MEAN, NOVEMBER)).orElseThrow())
                .toList();
        double average = answers.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        assertEquals(Set.of(answers.get(0)), Set.copyOf(answers), "one number, however often asked");
        assertEquals(answers.get(0), average, 1e-12, "so the average converges on nothing new");
        assertEquals(team.size(), tenant.ledger.totalCharges(), "and it was paid for once");
    }

    @Test
    void aWeekOverWeekDeltaWhenThePersonJoined() {
        Release release = weekOverWeek(new EngineHarness(), 1);
        assertEquals(HiddenReason.TIME_DIFFERENCE, reason(release, key("team", MOOD_CHANGE, WEEK_48)));
    }

    /**
     * The change is hidden, but both weeks' means are shown: 8·week48 − 7·week47 is the joiner's score
     * up to noise. Without noise that recovers it exactly; with it, guessing "low (1) or high (5)" from
     * that estimate over many tenants does little better than a coin (ε per release is 0.05).
     */
    @Test
    void theTwoWeeksShownSideBySideLeaveTheJoinersScoreToTheNoise() {
        EngineHarness noiseless = new EngineHarness();
        AnonymityEngine exact = new AnonymityEngine(POLICY, SECRET, noiseless.shown, noiseless.released, noiseless.ledger,
                ScriptedRandom.noNoise());
        assertEquals(1.0, estimateJoinerScore(exact, 1), 1e-9, "the attack itself is sound");

        int trials = 400;
        int right = 0;
        for (int i = 0; i < trials; i++) {
            int planted = i % 2 == 0 ? 1 : 5;
            double estimate = estimateJoinerScore(new EngineHarness(POLICY, 1_000L + i).engine, planted);
            right += (estimate < 3) == (planted == 1) ? 1 : 0;
        }
        double accuracy = right / (double) trials;
        // ε-DP bounds any guess at e^ε / (1 + e^ε) ≈ 0.51 for ε = 0.05; 0.62 leaves room for sampling error.
        assertTrue(accuracy < 0.62, "the attacker guessed right " + accuracy + " of the time");
    }

    private Release weekOverWeek(EngineHarness tenant, int planted) {
        Map<String, Integer> scores = Map.of(VICTIM, planted);
        return tenant.ask(moodCell("team", WEEK_47, others, scores), moodCell("team", WEEK_48, team, scores),
                changeCell("team", others, team, scores));
    }

    private double estimateJoinerScore(AnonymityEngine engine, int planted) {
        Map<String, Integer> scores = Map.of(VICTIM, planted);
        Release release = engine.release(new ReleaseRequest(InsightsFixtures.HR_ADMIN, NOW,
                List.of(moodCell("team", WEEK_47, others, scores), moodCell("team", WEEK_48, team, scores),
                        changeCell("team", others, team, scores)), List.of()));
        return subtract(release, key("team", MOOD_MEAN, WEEK_48), 8, release, key("team", MOOD_MEAN, WEEK_47), 7).orElseThrow();
    }
}
