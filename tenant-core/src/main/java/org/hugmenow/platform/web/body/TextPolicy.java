package org.hugmenow.platform.web.body;

import java.text.Normalizer;
import java.util.Optional;

/**
 * What any text sent to the API may hold. Control characters corrupt storage (PostgreSQL refuses
 * U+0000) and logs; bidirectional overrides and isolates let one name pose as another
 * ("Eve\u202Enimda" shows as "Eveadmin"), so both are refused rather than silently dropped.
 * Accepted text is normalised to NFC so that equal-looking names compare equal.
 */
public final class TextPolicy {

    /** A backstop for fields without a tighter limit of their own. */
    public static final int MAX_LINE = 1_000;
    public static final int MAX_MULTILINE = 10_000;
    /** Whole documents (SAML metadata) sent inside a JSON body. */
    public static final int MAX_DOCUMENT = 1 << 20;

    private TextPolicy() {
    }

    /** The problem with {@code text}, if any, as a message for the field. */
    public static Optional<String> problem(String text, boolean multiline) {
        return problem(text, multiline, multiline ? MAX_MULTILINE : MAX_LINE);
    }

    public static Optional<String> problem(String text, boolean multiline, int max) {
        if (text.length() > max) {
            return Optional.of("must be at most " + max + " characters");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of("must be valid Unicode (a lone surrogate " + codePoint(c) + " at position " + i + ")");
            } else if (isControl(c, multiline)) {
                return Optional.of("must not contain control characters (" + codePoint(c) + " at position " + i + ")"
                        + (multiline ? "" : "; line breaks and tabs are not allowed here either"));
            } else if (isBidiControl(c)) {
                return Optional.of("must not contain bidirectional control characters (" + codePoint(c) + " at position " + i + ")");
            }
        }
        return Optional.empty();
    }

    public static String normalized(String text) {
        return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    static boolean isControl(char c, boolean multiline) {
        if (multiline && (c == '\n' || c == '\r' || c == '\t')) {
            return false;
        }
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\uFFFE' || c == '\uFFFF';
    }

    /** Embeddings, overrides and isolates (LRE … RLO, LRI … PDI); the plain marks LRM/RLM stay allowed. */
    static boolean isBidiControl(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    private static String codePoint(char c) {
        return String.format("U+%04X", (int) c);
    }
}
