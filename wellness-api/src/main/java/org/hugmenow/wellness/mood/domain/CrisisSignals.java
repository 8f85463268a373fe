package org.hugmenow.wellness.mood.domain;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognizes a check-in that calls for crisis resources: the lowest score, or crisis language in
 * the note. Deliberately broad: showing resources to someone who did not need them costs little.
 */
public final class CrisisSignals {

    private static final List<Pattern> PHRASES = List.of(
            "kill (my ?self|me)", "end (my|it all|my life)", "suicid", "take my (own )?life", "want to die",
            "don'?t want to (live|be alive|wake up)", "no reason to live", "better off dead", "hurt(ing)? myself",
            "self[- ]?harm", "can'?t go on",
            "umbringen", "selbstmord", "suizid", "nicht mehr leben", "will sterben",
            "me (quiero )?matar", "quiero morir", "suicidio", "me tuer", "envie de mourir")
            .stream().map(p -> Pattern.compile("\\b" + p, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)).toList();

    private CrisisSignals() {
    }

    public static boolean present(int score, String note) {
        if (score <= 1) {
            return true;
        }
        if (note == null || note.isBlank()) {
            return false;
        }
        String text = Normalizer.normalize(note, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replace('’', '\'');
        return PHRASES.stream().anyMatch(p -> p.matcher(text).find());
    }
}
