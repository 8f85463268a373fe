package org.hugmenow.hr.scim.application;

import org.apache.directory.scim.protocol.ErrorMessageType;

/**
 * The shape a filter (or a PATCH path, which embeds one) may have, checked in one linear pass
 * before SCIMple's parser sees it. That parser recurses once per nesting level and its cost
 * grows steeply with the clauses of one group: 1,000 nested parentheses cost seconds of CPU,
 * 10,000 overflow the stack after minutes, and 100 clauses joined by "or" took 4–7 s on a loaded
 * 2-core machine (20 clauses: 0.1–0.9 s; 10: under 0.2 s). Anything beyond these limits is
 * refused as {@code invalidFilter} without being parsed. Real clients send one to three clauses.
 */
public final class FilterBounds {

    /** Longest filter accepted; real clients send well under 1,000 characters. */
    public static final int MAX_LENGTH = 4_096;
    /** Deepest nesting of parentheses and value-path brackets together. */
    public static final int MAX_DEPTH = 10;
    /** Most comparisons joined by {@code and} / {@code or}. */
    public static final int MAX_CLAUSES = 20;
    /** Most comparisons in all the paths of one request (a PATCH, or every PATCH of a /Bulk) together. */
    public static final int MAX_REQUEST_CLAUSES = 200;

    private FilterBounds() {
    }

    /** The number of comparisons in the filter, which passed the bounds. */
    public static int require(String filter) {
        if (filter.length() > MAX_LENGTH) {
            throw refusal("A filter may be at most " + MAX_LENGTH + " characters long.");
        }
        int depth = 0;
        int clauses = 1;
        boolean quoted = false;
        for (int i = 0; i < filter.length(); i++) {
            char c = filter.charAt(i);
            if (quoted) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    quoted = false;
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == '(' || c == '[') {
                if (++depth > MAX_DEPTH) {
                    throw refusal("A filter may nest parentheses and brackets at most " + MAX_DEPTH + " deep.");
                }
            } else if (c == ')' || c == ']') {
                if (--depth < 0) {
                    // A stray closer would let the following openers nest past the bound unseen.
                    throw refusal("A filter closes a parenthesis or bracket it never opened.");
                }
            } else if (startsWord(filter, i) && (word(filter, i, "and") || word(filter, i, "or")) && ++clauses > MAX_CLAUSES) {
                throw refusal("A filter may join at most " + MAX_CLAUSES + " comparisons.");
            }
        }
        return clauses;
    }

    /** Bounds the parsing work of one whole request, whose paths each passed {@link #require}. */
    public static void requireRequestTotal(int clauses) {
        if (clauses > MAX_REQUEST_CLAUSES) {
            throw new ScimRefusal(413, null, "One request may hold at most " + MAX_REQUEST_CLAUSES
                    + " comparisons in its paths together; this one holds " + clauses + ".");
        }
    }

    private static boolean startsWord(String text, int i) {
        return i == 0 || delimiter(text.charAt(i - 1));
    }

    private static boolean word(String text, int i, String word) {
        int end = i + word.length();
        return text.regionMatches(true, i, word, 0, word.length()) && (end == text.length() || delimiter(text.charAt(end)));
    }

    static boolean delimiter(char c) {
        return Character.isWhitespace(c) || c == '(' || c == ')' || c == '[' || c == ']' || c == '"';
    }

    private static ScimRefusal refusal(String detail) {
        return new ScimRefusal(400, ErrorMessageType.INVALID_FILTER, detail);
    }
}
