package org.hugmenow.wellness.insights.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.hugmenow.wellness.insights.domain.FactorScale;
import org.hugmenow.wellness.insights.domain.InsightsInputException;
import org.hugmenow.wellness.insights.domain.MetricCatalog;
import org.hugmenow.wellness.insights.domain.MetricFamily;
import org.hugmenow.wellness.mood.domain.FactorDefinition;
import org.hugmenow.wellness.mood.domain.FactorKind;
import org.junit.jupiter.api.Test;

class MetricCatalogsTest {

    @Test
    void offersBuiltInAndTenantScaleAndYesNoFactorsButNoPersonalOrNumberOnes() {
        List<FactorDefinition> all = new ArrayList<>(FactorDefinition.BUILTIN);
        all.add(FactorDefinition.custom("focus", "Focus", FactorKind.SCALE, FactorDefinition.Scope.TENANT));
        all.add(FactorDefinition.custom("commute", "Commuted", FactorKind.YESNO, FactorDefinition.Scope.TENANT));
        all.add(FactorDefinition.custom("steps", "Steps", FactorKind.NUMBER, FactorDefinition.Scope.TENANT));
        all.add(FactorDefinition.custom("diary", "My diary", FactorKind.SCALE, FactorDefinition.Scope.PERSONAL));
        MetricCatalog catalog = MetricCatalogs.of(all);
        assertEquals(List.of(FactorScale.SLEEP_HOURS, FactorScale.SLEEP_QUALITY, FactorScale.EXERCISE_MINUTES, "focus", "commute"),
                catalog.factors().stream().map(FactorScale::key).toList());
        assertEquals(MetricFamily.FACTORS, catalog.parse("factor.focus").family());
        assertThrows(InsightsInputException.class, () -> catalog.parse("factor.steps"));
        assertThrows(InsightsInputException.class, () -> catalog.parse("factor.diary"));
        assertTrue(catalog.ids().contains("hugs.received-across"));
    }

    @Test
    void unknownMetricsAreRefusedOnTheMetricField() {
        InsightsInputException e = assertThrows(InsightsInputException.class, () -> MetricCatalogs.moodOnly().parse("mood.median"));
        assertEquals("metric", e.field());
        assertThrows(InsightsInputException.class, () -> MetricCatalogs.moodOnly().parse(null));
    }

    @Test
    void anAlertNeedsBothMeansShown() {
        InsightCell shown4 = new InsightCell("tenant", "Whole organization", "mood.mean", "2026-10", 4.0, null, null);
        InsightCell shown3 = new InsightCell("tenant", "Whole organization", "mood.mean", "2026-11", 3.2, null, null);
        InsightCell hidden = new InsightCell("tenant", "Whole organization", "mood.mean", "2026-11", null, null, "hidden: fewer than k");
        assertEquals(0.8, AlertScan.drop(shown4, shown3).orElseThrow(), 1e-9);
        assertTrue(AlertScan.drop(shown4, hidden).isEmpty());
    }
}
