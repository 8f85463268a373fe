package org.hugmenow.wellness.content.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Picks kinds of content from a person's recent check-ins, each with the reason in plain words.
 * Rules, not a model: the reason must be something the person can check against their own data.
 */
public final class RecommendationRules {

    private static final Set<String> TENSE = Set.of("stressed", "anxious", "overwhelmed", "worried", "frustrated", "angry", "irritated");

    public record Recent(int count, OptionalDouble averageScore, OptionalDouble averageSleepHours,
                         OptionalDouble averageExerciseMinutes, long tenseEmotions) {
    }

    private RecommendationRules() {
    }

    /** Kinds in order of relevance, with the reason for each. */
    public static Map<String, String> kinds(Recent r) {
        Map<String, String> kinds = new LinkedHashMap<>();
        if (r.count() == 0) {
            kinds.put("breathing", "A short exercise to start with: there are no check-ins from the last 14 days to go on yet.");
            kinds.put("gratitude", "Small gratitude habits lift mood for most people.");
            return kinds;
        }
        if (r.tenseEmotions() > 0 || r.averageScore().orElse(3) <= 2.5) {
            kinds.put("breathing", r.tenseEmotions() > 0
                    ? "You noted stress or worry in " + r.tenseEmotions() + " of your last " + r.count() + " check-ins."
                    : String.format(java.util.Locale.ROOT, "Your average mood over your last %d check-ins was %.1f of 5.", r.count(), r.averageScore().getAsDouble()));
        }
        if (r.averageSleepHours().isPresent() && r.averageSleepHours().getAsDouble() < 7) {
            kinds.put("sleep", String.format(java.util.Locale.ROOT, "You slept %.1f hours on average in your recent check-ins.", r.averageSleepHours().getAsDouble()));
        }
        if (r.averageExerciseMinutes().isPresent() && r.averageExerciseMinutes().getAsDouble() < 20) {
            kinds.put("movement", String.format(java.util.Locale.ROOT, "You moved %.0f minutes a day on average recently; a little more often helps mood.",
                    r.averageExerciseMinutes().getAsDouble()));
        }
        if (r.averageScore().orElse(0) >= 3.5) {
            kinds.put("gratitude", String.format(java.util.Locale.ROOT, "Your mood has been good (%.1f of 5): savouring it helps it last.", r.averageScore().getAsDouble()));
        }
        if (kinds.isEmpty()) {
            kinds.put("movement", "A short movement break keeps a steady mood steady.");
        }
        return kinds;
    }

    public static List<Recommendation> pick(Map<String, String> kinds, List<ContentItem> catalogue, int perKind) {
        List<Recommendation> out = new ArrayList<>();
        kinds.forEach((kind, reason) -> catalogue.stream().filter(i -> i.kind().equals(kind)).limit(perKind)
                .forEach(i -> out.add(new Recommendation(i, reason))));
        return out;
    }

    public static boolean tense(String emotion) {
        return TENSE.contains(emotion);
    }
}
