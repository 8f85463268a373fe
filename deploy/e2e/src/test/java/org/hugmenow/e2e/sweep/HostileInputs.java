package org.hugmenow.e2e.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The malformed, mistyped and malicious bodies and query values a careless or hostile client sends. */
public final class HostileInputs {

    public record Variant(String name, String body) {
    }

    private HostileInputs() {
    }

    public static List<Variant> bodies(Map<String, String> fields) {
        String first = fields.isEmpty() ? "value" : fields.keySet().iterator().next();
        List<Variant> variants = new ArrayList<>();
        variants.add(new Variant("malformed JSON", "{\"" + first + "\":"));
        variants.add(new Variant("array for object", "[{}]"));
        variants.add(new Variant("one-element array", "[" + object(fields, HostileInputs::plausible) + "]"));
        variants.add(new Variant("scalar for object", "\"text\""));
        variants.add(new Variant("duplicate keys", "{\"" + first + "\":" + plausible(fields.getOrDefault(first, "string"))
                + ",\"" + first + "\":" + plausible(fields.getOrDefault(first, "string")) + "}"));
        variants.add(new Variant("unknown field", "{\"zzUnknownField\":1}"));
        variants.add(new Variant("wrong types", object(fields, HostileInputs::wrong)));
        variants.add(new Variant("null bytes", object(fields, type -> text(type, "a\\u0000b"))));
        variants.add(new Variant("control characters", object(fields, type -> text(type, "a\\u0007\\u001bb"))));
        variants.add(new Variant("bidi override", object(fields, type -> text(type, "a\\u202Eb"))));
        variants.add(new Variant("deeply nested", "{\"" + first + "\":" + "[".repeat(5_000) + "]".repeat(5_000) + "}"));
        variants.add(new Variant("oversized", "{\"" + first + "\":\"" + "x".repeat(1_100_000) + "\"}"));
        variants.add(new Variant("overlong text", object(fields, type -> text(type, "\"" + "y".repeat(20_000) + "\""))));
        return variants;
    }

    /** Query values, already URL-encoded. */
    public static List<String> queryValues() {
        return List.of("abc", "%00", "a%07b", "%E2%80%AE", "-1", "99999999999", "1.5", "%2B999999999-12-31",
                "-999999999-01-01", "true%00", "z".repeat(3_000));
    }

    private static String object(Map<String, String> fields, Function<String, String> value) {
        StringBuilder json = new StringBuilder("{");
        fields.forEach((name, type) -> {
            String v = value.apply(type);
            if (v != null) {
                json.append(json.length() > 1 ? "," : "").append('"').append(name).append("\":").append(v);
            }
        });
        return json.append('}').toString();
    }

    private static String plausible(String type) {
        return switch (type) {
            case "integer" -> "1";
            case "number" -> "1.5";
            case "boolean" -> "true";
            case "array" -> "[]";
            case "object" -> "{}";
            default -> "\"x\"";
        };
    }

    private static String wrong(String type) {
        return switch (type) {
            case "integer", "number" -> "\"12\"";
            case "boolean" -> "\"yes\"";
            case "array" -> "{}";
            case "object" -> "[1]";
            default -> "123";
        };
    }

    /** Only string fields carry the text; the others are left out. */
    private static String text(String type, String escaped) {
        if (!type.equals("string")) {
            return null;
        }
        return escaped.startsWith("\"") ? escaped : "\"" + escaped + "\"";
    }
}
