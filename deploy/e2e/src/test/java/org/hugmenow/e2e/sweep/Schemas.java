package org.hugmenow.e2e.sweep;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;

/** Just enough of OpenAPI schemas to know a body's top-level fields and their JSON types. */
final class Schemas {

    private Schemas() {
    }

    static JsonObject resolve(JsonObject node, JsonObject components) {
        JsonObject current = node;
        for (int hops = 0; current.containsKey("$ref") && hops < 10; hops++) {
            String[] parts = current.getString("$ref").replaceFirst("^#/components/", "").split("/");
            current = components.getJsonObject(parts[0]).getJsonObject(parts[1]);
        }
        return current;
    }

    /** Field name to JSON type (string, integer, number, boolean, array, object). */
    static Map<String, String> properties(JsonObject schema, JsonObject components) {
        Map<String, String> fields = new LinkedHashMap<>();
        JsonObject resolved = resolve(schema, components);
        if (resolved.containsKey("allOf")) {
            resolved.getJsonArray("allOf").forEach(part -> fields.putAll(properties(part.asJsonObject(), components)));
        }
        JsonObject properties = resolved.containsKey("properties") ? resolved.getJsonObject("properties") : JsonValue.EMPTY_JSON_OBJECT;
        properties.forEach((name, property) -> fields.put(name, type(resolve(property.asJsonObject(), components), components)));
        return fields;
    }

    private static String type(JsonObject schema, JsonObject components) {
        if (schema.containsKey("type")) {
            JsonValue type = schema.get("type");
            return type.getValueType() == JsonValue.ValueType.STRING ? schema.getString("type")
                    : schema.getJsonArray("type").getString(0);
        }
        for (String combinator : new String[] {"allOf", "oneOf", "anyOf"}) {
            if (schema.containsKey(combinator) && !schema.getJsonArray(combinator).isEmpty()) {
                return type(resolve(schema.getJsonArray(combinator).getJsonObject(0), components), components);
            }
        }
        return schema.containsKey("properties") ? "object" : "string";
    }
}
