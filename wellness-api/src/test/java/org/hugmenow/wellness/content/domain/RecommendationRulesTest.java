package org.hugmenow.wellness.content.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalDouble;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RecommendationRulesTest {

    @Test
    void shortSleepAndStressLeadWithTheirReasons() {
        var kinds = RecommendationRules.kinds(new RecommendationRules.Recent(5, OptionalDouble.of(2.2), OptionalDouble.of(5.4),
                OptionalDouble.of(45), 3));
        assertEquals(List.of("breathing", "sleep"), List.copyOf(kinds.keySet()));
        assertTrue(kinds.get("breathing").contains("3 of your last 5"), kinds.get("breathing"));
        assertTrue(kinds.get("sleep").contains("5.4 hours"), kinds.get("sleep"));
    }

    @Test
    void withoutCheckInsThereAreGentleStarters() {
        var kinds = RecommendationRules.kinds(new RecommendationRules.Recent(0, OptionalDouble.empty(), OptionalDouble.empty(),
                OptionalDouble.empty(), 0));
        assertEquals(List.of("breathing", "gratitude"), List.copyOf(kinds.keySet()));
    }

    @Test
    void picksItemsOfEachKindWithTheReason() {
        ContentItem walk = new ContentItem(UUID.randomUUID(), "movement", "Walk", "s", "b", 10, true);
        ContentItem sleep = new ContentItem(UUID.randomUUID(), "sleep", "Sleep", "s", "b", 5, true);
        var picked = RecommendationRules.pick(java.util.Map.of("movement", "because"), List.of(walk, sleep), 2);
        assertEquals(1, picked.size());
        assertEquals(walk, picked.get(0).item());
        assertEquals("because", picked.get(0).reason());
    }
}
