package org.hugmenow.hr.scim.api;

import java.util.Collection;
import java.util.Map;
import org.apache.directory.scim.spec.schema.Schema;

/**
 * Whether a value has its attribute's type (RFC 7643 §2.3), in a PATCH or a resource body. SCIMple's binding would coerce
 * {@code true} into the string "true"; RFC 7644 §3.12 wants such a value refused as invalidValue.
 * Booleans also accept "true"/"false" as text, which Entra ID sends.
 */
final class ValueTypes {

    private ValueTypes() {
    }

    /**
     * The first attribute of a resource body (top level and one level into complex values) whose
     * value is not of its type, as "name" or "name.sub"; empty when all fit. Unknown attributes
     * are left to SCIMple's binding, which refuses them.
     */
    static java.util.Optional<String> mismatch(Schema schema, com.fasterxml.jackson.databind.JsonNode resource) {
        for (var it = resource.fields(); it.hasNext(); ) {
            var field = it.next();
            Schema.Attribute attribute = schema.getAttribute(field.getKey());
            if (attribute == null) {
                continue;
            }
            if (!fits(attribute, plain(field.getValue()))) {
                return java.util.Optional.of(attribute.getName());
            }
            if (attribute.getType() == Schema.Attribute.Type.COMPLEX) {
                for (var element : field.getValue().isArray() ? field.getValue() : java.util.List.of(field.getValue())) {
                    for (var subs = element.fields(); subs.hasNext(); ) {
                        var sub = subs.next();
                        Schema.Attribute subAttribute = attribute.getAttribute(sub.getKey());
                        if (subAttribute != null && !fits(subAttribute, plain(sub.getValue()))) {
                            return java.util.Optional.of(attribute.getName() + "." + subAttribute.getName());
                        }
                    }
                }
            }
        }
        return java.util.Optional.empty();
    }

    private static Object plain(com.fasterxml.jackson.databind.JsonNode node) {
        if (node.isTextual()) {
            return node.asText();
        }
        if (node.isBoolean()) {
            return node.asBoolean();
        }
        if (node.isNumber()) {
            return node.numberValue();
        }
        if (node.isArray()) {
            java.util.List<Object> items = new java.util.ArrayList<>();
            node.forEach(item -> items.add(plain(item)));
            return items;
        }
        return node.isObject() ? Map.of() : null;
    }

    static boolean fits(Schema.Attribute attribute, Object value) {
        if (value == null) {
            return true;
        }
        if (value instanceof Collection<?> values) {
            return attribute.isMultiValued() && values.stream().allMatch(v -> fitsOne(attribute, v));
        }
        return fitsOne(attribute, value);
    }

    private static boolean fitsOne(Schema.Attribute attribute, Object value) {
        return switch (attribute.getType()) {
            case STRING, REFERENCE, DATE_TIME, BINARY -> value instanceof String;
            case BOOLEAN -> value instanceof Boolean || value instanceof String s && (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false"));
            case INTEGER, DECIMAL -> value instanceof Number;
            // Entra ID sends the enterprise manager as its id alone; SCIMple reads that as manager.value.
            case COMPLEX -> value instanceof Map<?, ?> || value instanceof String;
        };
    }
}
