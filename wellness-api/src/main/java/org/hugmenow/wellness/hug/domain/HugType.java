package org.hugmenow.wellness.hug.domain;

import java.util.List;

/** A kind of hug and what it says. Tenants add their own beside the standard ones. */
public record HugType(String key, String label, String meaning, boolean custom) {

    public static final List<HugType> STANDARD = List.of(
            new HugType("warm", "Warm hug", "Just because: I'm glad you're here.", false),
            new HugType("support", "Support hug", "I know things are hard right now, and I'm with you.", false),
            new HugType("cheer", "Cheer-up hug", "Sending some energy your way to lift your day.", false),
            new HugType("celebrate", "Celebration hug", "Congratulations! Let's celebrate this together.", false),
            new HugType("thank-you", "Thank-you hug", "Thank you: what you did made a difference.", false),
            new HugType("welcome", "Welcome hug", "Welcome aboard, we're happy to have you.", false),
            new HugType("miss-you", "Miss-you hug", "Thinking of you while we're apart.", false));

    public static boolean isStandard(String key) {
        return STANDARD.stream().anyMatch(t -> t.key().equals(key));
    }
}
