package org.hugmenow.wellness.mood.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CrisisSignalsTest {

    @Test
    void theLowestScoreAlwaysShowsResources() {
        assertTrue(CrisisSignals.present(1, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"I want to end my life", "thinking about suicide", "I don’t want to live anymore",
            "everyone would be better off dead", "I keep hurting myself", "Ich will nicht mehr leben", "quiero morir",
            "I can't go on like this"})
    void crisisLanguageShowsResourcesAtAnyScore(String note) {
        assertTrue(CrisisSignals.present(4, note), note);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Long day, but the launch went well", "The deadline is killing me", "End of sprint at last",
            "I could die for a coffee"})
    void ordinaryNotesDoNot(String note) {
        assertFalse(CrisisSignals.present(3, note), note);
    }
}
