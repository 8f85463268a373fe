package org.hugmenow.directory.scim.api;

import java.util.Collection;
import java.util.Map;
import org.apache.directory.scim.spec.schema.Schema;

/**
 * Whether a PATCH value has its attribute's type (RFC 7643 §2.3). SCIMple's binding would coerce
 * {@code true} into the string "true"; RFC 7644 §3.12 wants such a value refused as invalidValue.
 * Booleans also accept "true"/"false" as text, which Entra ID sends.
 */
final class ValueTypes {

    private ValueTypes() {
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
