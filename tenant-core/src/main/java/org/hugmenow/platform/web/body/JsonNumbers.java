package org.hugmenow.platform.web.body;

import jakarta.json.JsonNumber;
import java.math.BigDecimal;
import java.util.List;
import org.hugmenow.platform.web.Problem;

/** JSON numbers into Java numbers without silent rounding or overflow. */
final class JsonNumbers {

    private JsonNumbers() {
    }

    static Object read(JsonNumber number, Class<?> type, String field, List<Problem.FieldError> errors) {
        BigDecimal value = number.bigDecimalValue();
        try {
            if (type == Integer.class || type == int.class) {
                return value.intValueExact();
            }
            if (type == Long.class || type == long.class) {
                return value.longValueExact();
            }
            if (type == Double.class || type == double.class) {
                double d = value.doubleValue();
                if (Double.isFinite(d)) {
                    return d;
                }
                errors.add(new Problem.FieldError(field, "must be a number within the range of a double"));
                return null;
            }
        } catch (ArithmeticException notExact) {
            errors.add(new Problem.FieldError(field, type == Integer.class || type == int.class
                    ? "must be a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE
                    : "must be a whole number from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE));
            return null;
        }
        throw new IllegalStateException("request records may not use " + type.getName() + " (" + field + ")");
    }

    static Object zero(Class<?> primitive) {
        if (primitive == int.class) {
            return 0;
        }
        if (primitive == long.class) {
            return 0L;
        }
        if (primitive == double.class) {
            return 0.0;
        }
        throw new IllegalStateException("request records may not use " + primitive.getName());
    }
}
