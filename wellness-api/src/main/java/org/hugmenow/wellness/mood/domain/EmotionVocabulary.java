package org.hugmenow.wellness.mood.domain;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The shared vocabulary of emotions; people add their own on top (custom emotions). */
public final class EmotionVocabulary {

    public static final List<Emotion> STANDARD = List.of(
            e("excited", 2, 2), e("energized", 2, 1), e("joyful", 1, 2), e("proud", 1, 1), e("motivated", 1, 1),
            e("hopeful", 1, 1), e("focused", 1, 0), e("surprised", 2, 0),
            e("angry", 2, -2), e("stressed", 2, -1), e("anxious", 1, -2), e("frustrated", 1, -1),
            e("overwhelmed", 2, -2), e("worried", 1, -1), e("irritated", 1, -1),
            e("sad", -1, -2), e("lonely", -1, -1), e("tired", -2, -1), e("exhausted", -2, -2), e("bored", -1, -1),
            e("disappointed", -1, -2),
            e("calm", -1, 1), e("content", -1, 2), e("relaxed", -2, 2), e("grateful", -1, 2), e("peaceful", -2, 1),
            e("relieved", -1, 1), e("okay", 0, 0));

    private static final Map<String, Emotion> BY_NAME = STANDARD.stream()
            .collect(Collectors.toUnmodifiableMap(Emotion::name, Function.identity()));

    private EmotionVocabulary() {
    }

    public static boolean isStandard(String name) {
        return BY_NAME.containsKey(name);
    }

    private static Emotion e(String name, int energy, int pleasantness) {
        return new Emotion(name, energy, pleasantness, false);
    }
}
