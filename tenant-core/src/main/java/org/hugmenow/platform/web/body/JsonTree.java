package org.hugmenow.platform.web.body;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.hugmenow.platform.web.ProblemException;

/**
 * Reads a request body into a JSON tree, refusing what a lenient reader lets through: duplicate
 * keys (which one wins differs between parsers, so a proxy and the app could disagree), nesting
 * beyond {@link #MAX_DEPTH}, and trailing content. Syntax errors name the line and column.
 */
public final class JsonTree {

    public static final int MAX_DEPTH = 32;

    private static final JsonParserFactory PARSERS = Json.createParserFactory(Map.of());

    private JsonTree() {
    }

    /** The body's value, or {@code null} for an empty body. */
    public static JsonValue read(InputStream body) {
        PushbackInputStream in = new PushbackInputStream(body, 1);
        if (isEmpty(in)) {
            return null;
        }
        try (JsonParser parser = PARSERS.createParser(in, StandardCharsets.UTF_8)) {
            JsonValue value = value(parser, parser.next(), 1);
            endOfBody(parser);
            return value;
        } catch (JsonParsingException e) {
            throw malformed(syntaxMessage(e), e.getLocation());
        } catch (jakarta.json.JsonException e) {
            // Raised for I/O failures, among them a body over the size limit: let the cause decide.
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    private static void endOfBody(JsonParser parser) {
        JsonLocation after = parser.getLocation();
        boolean more;
        try {
            more = parser.hasNext();
        } catch (JsonParsingException e) {
            more = true;
        }
        if (more) {
            throw malformed("there is more after the end of the JSON value", after);
        }
    }

    private static boolean isEmpty(PushbackInputStream in) {
        try {
            int first = in.read();
            if (first < 0) {
                return true;
            }
            in.unread(first);
            return false;
        } catch (IOException e) {
            throw new jakarta.json.JsonException("reading the body failed", e);
        }
    }

    private static JsonValue value(JsonParser parser, JsonParser.Event event, int depth) {
        return switch (event) {
            case START_OBJECT -> object(parser, depth);
            case START_ARRAY -> array(parser, depth);
            case VALUE_STRING -> Json.createValue(parser.getString());
            case VALUE_NUMBER -> Json.createValue(parser.getBigDecimal());
            case VALUE_TRUE -> JsonValue.TRUE;
            case VALUE_FALSE -> JsonValue.FALSE;
            case VALUE_NULL -> JsonValue.NULL;
            default -> throw malformed("unexpected " + event, parser.getLocation());
        };
    }

    private static JsonValue object(JsonParser parser, int depth) {
        checkDepth(parser, depth);
        JsonObjectBuilder object = Json.createObjectBuilder();
        Set<String> keys = new HashSet<>();
        for (JsonParser.Event event = parser.next(); event != JsonParser.Event.END_OBJECT; event = parser.next()) {
            String key = parser.getString();
            if (!keys.add(key)) {
                throw malformed("the key \"" + printable(key) + "\" appears twice in one object", parser.getLocation());
            }
            object.add(key, value(parser, parser.next(), depth + 1));
        }
        return object.build();
    }

    private static JsonValue array(JsonParser parser, int depth) {
        checkDepth(parser, depth);
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (JsonParser.Event event = parser.next(); event != JsonParser.Event.END_ARRAY; event = parser.next()) {
            array.add(value(parser, event, depth + 1));
        }
        return array.build();
    }

    private static void checkDepth(JsonParser parser, int depth) {
        if (depth > MAX_DEPTH) {
            throw malformed("it nests deeper than " + MAX_DEPTH + " levels", parser.getLocation());
        }
    }

    private static String syntaxMessage(JsonParsingException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        // Parsson's messages name the token it found and what it expected; keep only that part.
        int at = message.indexOf(" at ");
        String what = at > 0 ? message.substring(0, at) : message;
        return what.isBlank() ? "the syntax is wrong" : printable(what);
    }

    private static ProblemException malformed(String what, JsonLocation where) {
        String location = where == null || where.getLineNumber() < 0 ? ""
                : " (line " + where.getLineNumber() + ", column " + where.getColumnNumber() + ")";
        return ProblemException.badRequest("The body is not valid JSON: " + what + location + ".");
    }

    private static String printable(String text) {
        String shown = text.length() > 60 ? text.substring(0, 60) + "…" : text;
        return shown.chars().allMatch(c -> c >= 0x20 && c != 0x7F) ? shown
                : shown.codePoints().map(c -> c < 0x20 || c == 0x7F ? '?' : c)
                        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }
}
