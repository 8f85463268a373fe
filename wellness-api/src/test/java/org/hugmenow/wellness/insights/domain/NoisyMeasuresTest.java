package org.hugmenow.wellness.insights.domain;

import static org.hugmenow.wellness.insights.domain.InsightsFixtures.MOOD_SCALE;
import static org.hugmenow.wellness.insights.domain.InsightsFixtures.NOVEMBER;
import static org.hugmenow.wellness.insights.domain.InsightsFixtures.PARTICIPATION;
import static org.hugmenow.wellness.insights.domain.InsightsFixtures.POLICY;
import static org.hugmenow.wellness.insights.domain.InsightsFixtures.assess;
import static org.hugmenow.wellness.insights.domain.InsightsFixtures.changeCell;
import static org.hugmenow.wellness.insights.domain.InsightsFixtures.key;
import static org.hugmenow.wellness.insights.domain.InsightsFixtures.people;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NoisyMeasuresTest {

    /** With uniforms 0.9, 0 the noise is floor(ln(10)·Δ/ε): 2 for ε = 1 and Δ = 1. */
    private static final double LN_10 = Math.log(10);

    private static NoisyMeasures scripted(double... uniforms) {
        return new NoisyMeasures(new TwoSidedGeometric(new ScriptedRandom(uniforms)), POLICY);
    }

    private static long expectedNoise(double epsilon, long sensitivity) {
        return (long) Math.floor(LN_10 * sensitivity / epsilon);
    }

    @Test
    void aCountHasSensitivityOne() {
        Draw draw = scripted(0.9, 0).draw(new Measure.Count(12), 1.0);
        assertEquals(12 + expectedNoise(1.0, 1), draw.get(Draw.COUNT));
    }

    @Test
    void aClampedSumHasSensitivityHiMinusLoTimesScale() {
        Clamp hugs = new Clamp(0, 10, 1);
        Clamp sleep = new Clamp(0, 12, 10);
        assertEquals(40 + expectedNoise(0.5, 10), scripted(0.9, 0).draw(new Measure.Sum(40, hugs), 0.5).get(Draw.SUM));
        assertEquals(700 + expectedNoise(0.5, 120), scripted(0.9, 0).draw(new Measure.Sum(700, sleep), 0.5).get(Draw.SUM));
        assertThrows(IllegalArgumentException.class, () -> new Measure.Sum(10, MOOD_SCALE), "1..5 does not contain 0");
    }

    @Test
    void aMeanSpendsHalfItsEpsilonOnTheShiftedSumAndHalfOnTheCount() {
        Measure.Mean mean = new Measure.Mean(30, 8, MOOD_SCALE); // eight people, mean 3.75
        Draw draw = scripted(0.9, 0).draw(mean, 1.0);
        assertEquals(30 - 8 + expectedNoise(0.5, 4), draw.get(Draw.SUM), "each person adds 0..4 once shifted by lo = 1");
        assertEquals(8 + expectedNoise(0.5, 1), draw.get(Draw.COUNT));
    }

    @Test
    void aDistributionIsNoisedPerBucketWithItsL1Sensitivity() {
        Measure.Distribution emotions = Measure.Distribution.of(Map.of("calm", 5L, "tired", 7L), 3);
        Draw draw = scripted(0.9, 0).draw(emotions, 1.0);
        assertEquals(Map.of("calm", 5 + expectedNoise(1.0, 3), "tired", 7 + expectedNoise(1.0, 3)), draw.noisy());
    }

    @Test
    void valuesAreReadFromTheDrawsWithoutNewNoise() {
        NoisyMeasures exact = new NoisyMeasures(new TwoSidedGeometric(ScriptedRandom.noNoise()), POLICY);
        Set<String> members = people("m", 10);
        Cell participation = Cell.of(key("team", PARTICIPATION, NOVEMBER), new Population(members, people("m", 6)),
                new Measure.Participation(6));
        Cell change = changeCell("team", members, members, Map.of("m1", 1));
        Assessment a = assess(participation, change);
        Map<CellKey, Draw> draws = new HashMap<>();
        for (AssessedCell cell : a.cells()) {
            cell.quantities().forEach(p -> draws.put(p.key(), exact.draw(p.measure(), 1.0)));
        }
        assertEquals(new Value.Scalar(0.6), exact.read(a.cells().get(0), draws::get));
        assertEquals(new Value.Scalar(0.0), exact.read(a.cells().get(1), draws::get), "same people, same scores: no change");
    }

    @Test
    void aMeanStaysWithinItsRangeAndItsCountIsFlooredAtK() {
        NoisyMeasures measures = scripted(0.0);
        Measure.Mean mean = new Measure.Mean(25, 5, MOOD_SCALE);
        Draw wild = Draw.of(Map.of(Draw.SUM, 400L, Draw.COUNT, 1L));
        Set<String> five = people("p", 5);
        Assessment a = assess(Cell.of(key("team", InsightsFixtures.MOOD_MEAN, NOVEMBER), new Population(five, five), mean));
        assertEquals(new Value.Scalar(5.0), measures.read(a.cells().get(0), k -> wild), "400 / max(1, k) + 1 clamped to 5");
    }
}
