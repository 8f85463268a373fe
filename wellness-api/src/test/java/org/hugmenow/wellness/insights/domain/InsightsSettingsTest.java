package org.hugmenow.wellness.insights.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class InsightsSettingsTest {

    private static final ZoneId UTC = ZoneId.of("UTC");

    @Test
    void defaultsAreKFiveEpsilonOneAndTheEnginePolicyFollows() {
        InsightsSettings d = InsightsSettings.defaults();
        assertEquals(5, d.k());
        assertEquals(1.0, d.epsilon());
        assertEquals(PrivacyPolicy.defaults(), d.policy());
    }

    @Test
    void outOfRangeValuesAreRefusedOnTheirFieldNeverAdjusted() {
        assertField("k", () -> new InsightsSettings(2, 1, UTC, 0.5, 2));
        assertField("epsilon", () -> new InsightsSettings(5, 0, UTC, 0.5, 2));
        assertField("epsilon", () -> new InsightsSettings(5, -1, UTC, 0.5, 2));
        assertField("epsilon", () -> new InsightsSettings(5, Double.NaN, UTC, 0.5, 2));
        assertField("epsilon", () -> new InsightsSettings(5, Double.POSITIVE_INFINITY, UTC, 0.5, 2));
        assertField("alertDrop", () -> new InsightsSettings(5, 1, UTC, 0, 2));
        assertField("alertPeriods", () -> new InsightsSettings(5, 1, UTC, 0.5, 0));
        assertField("timeZone", () -> InsightsSettings.zone("Mars/Base"));
        assertEquals(3, new InsightsSettings(3, 0.1, ZoneId.of("Europe/Berlin"), 1, 12).k());
    }

    private static void assertField(String field, org.junit.jupiter.api.function.Executable make) {
        assertEquals(field, assertThrows(InsightsInputException.class, make).field());
    }
}
