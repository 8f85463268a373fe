package org.hugmenow.wellness.insights.domain;

import static org.hugmenow.wellness.insights.domain.OrgFixtures.PLATFORM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Metric → Measure: one clamped, scaled value per person and period, as the engine's sensitivities assume. */
class CellMakerTest {

    private static final InsightsPeriod NOVEMBER = InsightsPeriod.parse("p", "2026-11");
    private static final InsightsPeriod OCTOBER = InsightsPeriod.parse("p", "2026-10");
    private static final SegmentSpec PLATFORM_ALONE = SegmentSpec.of(Attribute.team(PLATFORM));
    private static final FactorScale SLEEP = FactorScale.builtin(FactorScale.SLEEP_HOURS).orElseThrow();

    private final MetricCatalog catalog = new MetricCatalog(List.of(SLEEP),
            Map.of("joyful", "high-energy-pleasant", "proud", "high-energy-pleasant", "calm", "low-energy-pleasant",
                    "sad", "low-energy-unpleasant", "okay", "neutral"));
    private final CellMaker maker = new CellMaker(catalog);

    /** lena: scores 5 and 4 (4.5); p1: 2 (2.0); p2: 3 and 4 (3.5); none else in Platform checked in. */
    private PeriodData november() {
        Map<String, PersonPeriod> rollups = new HashMap<>();
        rollups.put("lena", new PersonPeriod(Grain.MONTH, NOVEMBER.start(), "lena", 2, 9, List.of("joyful", "proud", "calm", "sad", "my-own"),
                Map.of("sleepHours", 15.0), Map.of("sleepHours", 2)));
        rollups.put("p1", new PersonPeriod(Grain.MONTH, NOVEMBER.start(), "p1", 1, 2, List.of("sad"), Map.of("sleepHours", 30.0), Map.of("sleepHours", 1)));
        rollups.put("p2", new PersonPeriod(Grain.MONTH, NOVEMBER.start(), "p2", 2, 7, List.of(), Map.of(), Map.of()));
        rollups.put("x", new PersonPeriod(Grain.MONTH, NOVEMBER.start(), "x", 1, 1, List.of(), Map.of(), Map.of()));
        List<HugFlow> hugs = List.of(new HugFlow("lena", "p1", 3), new HugFlow("p1", "x", 80), new HugFlow("x", "p2", 4));
        return new PeriodData(NOVEMBER, OrgFixtures.segmentMembers(), rollups, hugs);
    }

    private Cell cell(Metric metric) {
        return maker.cell(PLATFORM_ALONE, metric, november(), null).orElseThrow();
    }

    @Test
    void moodMeanSumsEachRespondentsMeanScaledByAHundred() {
        Cell cell = cell(MetricCatalog.MOOD_MEAN);
        assertEquals(new Measure.Mean(450 + 200 + 350, 3, CellMaker.MOOD), cell.measure());
        assertEquals(Set.of("lena", "p1", "p2"), cell.current().members());
        assertEquals(Set.of("lena", "p1", "p2"), cell.current().contributors());
        assertEquals(new Period(NOVEMBER.start(), NOVEMBER.period().endExclusive()), cell.key().period());
        assertEquals(PLATFORM_ALONE.segmentId(), cell.key().segment());
    }

    @Test
    void bandsPutEachPersonInOneBucketByTheirMean() {
        Measure.Distribution bands = (Measure.Distribution) cell(MetricCatalog.MOOD_BANDS).measure();
        assertEquals(Map.of("1-2", 1L, "3", 1L, "4-5", 1L), bands.buckets());
        assertEquals(1, bands.bucketsPerPerson());
        assertEquals("1-2", CellMaker.band(2.49));
        assertEquals("3", CellMaker.band(2.5));
        assertEquals("3", CellMaker.band(3.5));
        assertEquals("4-5", CellMaker.band(3.51));
    }

    @Test
    void participationIsRespondentsOverActiveMembers() {
        Cell cell = maker.cell(SegmentSpec.of(Attribute.teamTree(PLATFORM)), MetricCatalog.PARTICIPATION, november(), null).orElseThrow();
        assertEquals(new Measure.Participation(3), cell.measure());
        assertEquals(4, cell.current().members().size());
        assertTrue(maker.cell(SegmentSpec.parse("dept:Nowhere"), MetricCatalog.PARTICIPATION, november(), null).isEmpty());
    }

    @Test
    void emotionsCountSharedVocabularyOnlyAtMostThreePerPersonWithEveryBucketPresent() {
        Measure.Distribution emotions = (Measure.Distribution) cell(MetricCatalog.EMOTIONS).measure();
        assertEquals(Set.of("calm", "joyful", "okay", "proud", "sad"), emotions.buckets().keySet());
        assertEquals(CellMaker.EMOTIONS_PER_PERSON, emotions.bucketsPerPerson());
        assertEquals(3 + 1, emotions.buckets().values().stream().mapToLong(Long::longValue).sum(), "lena 3 of her 4, p1 one");
        assertEquals(0L, emotions.buckets().get("okay"));
        assertEquals(maker.chosenEmotions("lena", Set.of("joyful", "proud", "calm", "sad")),
                maker.chosenEmotions("lena", Set.of("sad", "calm", "proud", "joyful", "my-own")), "the choice is stable");

        Measure.Distribution quadrants = (Measure.Distribution) cell(MetricCatalog.EMOTION_QUADRANTS).measure();
        assertEquals(Map.of("high-energy-pleasant", 1L, "low-energy-pleasant", 1L, "low-energy-unpleasant", 2L, "neutral", 0L),
                quadrants.buckets());
        assertEquals(4, quadrants.bucketsPerPerson());
    }

    @Test
    void factorsAreMeansOfEachReportersMeanClampedToTheirScale() {
        Cell cell = cell(MetricCatalog.factorMetric(FactorScale.SLEEP_HOURS));
        // lena 7.5 h → 75 tenths; p1 30 h → clamped to 12 → 120 tenths
        assertEquals(new Measure.Mean(75 + 120, 2, new Clamp(0, 12, 10)), cell.measure());
        assertEquals(Set.of("lena", "p1"), cell.current().contributors());
        assertEquals(MetricFamily.FACTORS, cell.key().metric().family());
    }

    @Test
    void hugsAreCappedSumsPerMemberWithinAndAcrossTheSegment() {
        Clamp monthCap = new Clamp(0, 50, 1);
        assertEquals(new Measure.Sum(3, monthCap), cell(MetricCatalog.HUGS_WITHIN).measure());
        assertEquals(new Measure.Sum(50, monthCap), cell(MetricCatalog.HUGS_SENT_ACROSS).measure(), "p1's 80 capped at 50");
        assertEquals(new Measure.Sum(4, monthCap), cell(MetricCatalog.HUGS_RECEIVED_ACROSS).measure());
        assertEquals(cell(MetricCatalog.HUGS_WITHIN).current().members(), cell(MetricCatalog.HUGS_WITHIN).current().contributors());
    }

    @Test
    void aChangeCarriesBothPeriodsMeansAndPopulations() {
        PeriodData october = new PeriodData(OCTOBER, OrgFixtures.segmentMembers(),
                Map.of("lena", new PersonPeriod(Grain.MONTH, OCTOBER.start(), "lena", 1, 5, List.of(), Map.of(), Map.of())), List.of());
        Cell cell = maker.cell(PLATFORM_ALONE, MetricCatalog.MOOD_CHANGE, november(), october).orElseThrow();
        Measure.Change change = assertInstanceOf(Measure.Change.class, cell.measure());
        assertEquals(MetricCatalog.MOOD_MEAN, change.base());
        assertEquals(new Measure.Mean(500, 1, CellMaker.MOOD), change.previous());
        assertEquals(OCTOBER.period(), change.previousPeriod());
        assertEquals(Set.of("lena"), cell.previous().contributors());
    }

    @Test
    void driversSplitTheTenantsRespondentsByFactorValue() {
        Cell high = maker.driverMood(SLEEP, true, november());
        Cell low = maker.driverMood(SLEEP, false, november());
        assertEquals(Set.of("lena", "p1"), high.current().contributors(), "7.5 h and 12 h are high (from 7)");
        assertEquals(Set.of(), low.current().contributors());
        assertEquals(9, high.current().members().size(), "the whole tenant pays for a driver");
        assertEquals(new Measure.Count(2), maker.driverRespondents(SLEEP, true, november()).measure());
        assertEquals("tenant~factor:sleepHours:high", CellMaker.driverSegment(SLEEP, true).value());
    }
}
