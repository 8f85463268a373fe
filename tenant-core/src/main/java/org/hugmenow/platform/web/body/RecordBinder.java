package org.hugmenow.platform.web.body;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hugmenow.platform.web.DocumentText;
import org.hugmenow.platform.web.MultilineText;
import org.hugmenow.platform.web.Problem;
import org.hugmenow.platform.web.ProblemException;
import org.hugmenow.platform.web.VerbatimText;

/**
 * Binds a JSON tree to a request record strictly: every value must already have the component's
 * type (no "yes" for true, no 123 for "123", no one-element array for an object), unknown fields
 * are refused, and every text passes the {@link TextPolicy}. All problems are collected, each
 * naming its field by path ({@code firstAdmin.email}, {@code tags[2]}, {@code factors.sleep}).
 */
public final class RecordBinder {

    private record TextKind(boolean multiline, boolean verbatim, int max) {
        static final TextKind LINE = new TextKind(false, false, TextPolicy.MAX_LINE);

        static TextKind of(RecordComponent c) {
            if (c.isAnnotationPresent(DocumentText.class)) {
                return new TextKind(true, true, TextPolicy.MAX_DOCUMENT);
            }
            boolean multiline = c.isAnnotationPresent(MultilineText.class);
            return new TextKind(multiline, c.isAnnotationPresent(VerbatimText.class),
                    multiline ? TextPolicy.MAX_MULTILINE : TextPolicy.MAX_LINE);
        }
    }

    private final List<Problem.FieldError> errors = new ArrayList<>();

    private RecordBinder() {
    }

    /** The record, or a 400 naming every field that is wrong; {@code null} for a JSON null or no body. */
    public static <T> T bind(JsonValue json, Class<T> type) {
        return type.cast(bind(json, type, type));
    }

    /** A body bound to a record or to a map of names to values ({@code genericType} gives the value type). */
    public static Object bind(JsonValue json, Class<?> type, Type genericType) {
        if (json == null || json.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (json.getValueType() != JsonValue.ValueType.OBJECT) {
            throw ProblemException.badRequest("The body must be a JSON object, not " + describe(json) + ".");
        }
        RecordBinder binder = new RecordBinder();
        Object bound = type.isRecord() ? binder.record(json.asJsonObject(), type, "")
                : binder.map(json.asJsonObject(), genericType, "", TextKind.LINE);
        if (!binder.errors.isEmpty()) {
            throw ProblemException.invalid(binder.errors);
        }
        return bound;
    }

    private Object record(JsonObject json, Class<?> type, String prefix) {
        RecordComponent[] components = type.getRecordComponents();
        Map<String, RecordComponent> byName = Arrays.stream(components)
                .collect(Collectors.toMap(RecordComponent::getName, c -> c, (a, b) -> b, LinkedHashMap::new));
        for (String key : json.keySet()) {
            if (!byName.containsKey(key)) {
                errors.add(new Problem.FieldError(prefix + key,
                        "is not a field of this request; the fields are " + String.join(", ", byName.keySet())));
            }
        }
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            JsonValue value = json.get(c.getName());
            TextKind kind = TextKind.of(c);
            values[i] = value == null ? absent(c.getType()) : read(value, c.getGenericType(), prefix + c.getName(), kind);
        }
        // A record's own constructor may validate: build it only from values that all passed.
        return errors.isEmpty() ? construct(type, components, values) : null;
    }

    private Object read(JsonValue value, Type type, String field, TextKind kind) {
        Class<?> raw = raw(type);
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            if (raw.isPrimitive()) {
                return refuse(field, "must not be null; expected " + expected(raw));
            }
            return null;
        }
        if (raw == String.class) {
            return value instanceof JsonString s ? text(s.getString(), field, kind) : refuse(field, value, raw);
        }
        if (raw == Boolean.class || raw == boolean.class) {
            return value.getValueType() == JsonValue.ValueType.TRUE ? Boolean.TRUE
                    : value.getValueType() == JsonValue.ValueType.FALSE ? Boolean.FALSE : refuse(field, value, raw);
        }
        if (Number.class.isAssignableFrom(raw) || raw.isPrimitive()) {
            return value instanceof JsonNumber n ? JsonNumbers.read(n, raw, field, errors) : refuse(field, value, raw);
        }
        if (raw == UUID.class) {
            return value instanceof JsonString s ? uuid(s.getString(), field) : refuse(field, value, raw);
        }
        if (List.class.isAssignableFrom(raw)) {
            return value.getValueType() == JsonValue.ValueType.ARRAY ? list(value.asJsonArray(), type, field, kind)
                    : refuse(field, value, raw);
        }
        if (Map.class.isAssignableFrom(raw)) {
            return value.getValueType() == JsonValue.ValueType.OBJECT ? map(value.asJsonObject(), type, field, kind)
                    : refuse(field, value, raw);
        }
        if (raw.isRecord()) {
            return value.getValueType() == JsonValue.ValueType.OBJECT ? record(value.asJsonObject(), raw, field + ".")
                    : refuse(field, value, raw);
        }
        if (JsonValue.class.isAssignableFrom(raw)) {
            return raw.isInstance(value) ? value : refuse(field, value, raw);
        }
        throw new IllegalStateException("request records may not use " + raw.getName() + " (" + field + ")");
    }

    private List<Object> list(jakarta.json.JsonArray array, Type type, String field, TextKind kind) {
        Type element = argument(type, 0);
        List<Object> list = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            list.add(read(array.get(i), element, field + "[" + i + "]", kind));
        }
        return list;
    }

    private Map<String, Object> map(JsonObject object, Type type, String field, TextKind kind) {
        Type element = argument(type, 1);
        Map<String, Object> map = new LinkedHashMap<>();
        object.forEach((key, value) -> {
            String name = text(key, field.isEmpty() ? key : field + " (a key)", TextKind.LINE);
            map.put(name, read(value, element, field.isEmpty() ? key : field + "." + key, kind));
        });
        return map;
    }

    private String text(String text, String field, TextKind kind) {
        var problem = TextPolicy.problem(text, kind.multiline(), kind.max());
        problem.ifPresent(message -> errors.add(new Problem.FieldError(field, message)));
        return kind.verbatim() ? text : TextPolicy.normalized(text);
    }

    private Object uuid(String text, String field) {
        try {
            if (text.length() == 36) {
                return UUID.fromString(text);
            }
        } catch (IllegalArgumentException notAUuid) {
            // reported below
        }
        return refuse(field, "must be a UUID such as 3f2b8c1e-0000-4000-8000-000000000000");
    }

    private Object refuse(String field, JsonValue value, Class<?> raw) {
        return refuse(field, "must be " + expected(raw) + ", not " + describe(value));
    }

    private Object refuse(String field, String message) {
        errors.add(new Problem.FieldError(field, message));
        return null;
    }

    private static Object absent(Class<?> type) {
        if (!type.isPrimitive()) {
            return null;
        }
        return type == boolean.class ? false : JsonNumbers.zero(type);
    }

    private static Object construct(Class<?> type, RecordComponent[] components, Object[] values) {
        Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null && types[i].isPrimitive()) {
                values[i] = absent(types[i]); // already reported; only fills the slot
            }
        }
        try {
            var constructor = type.getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return constructor.newInstance(values);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot construct " + type.getName(), e);
        }
    }

    static String expected(Class<?> raw) {
        if (raw == String.class) {
            return "a string";
        }
        if (raw == Boolean.class || raw == boolean.class) {
            return "true or false";
        }
        if (raw == Double.class || raw == double.class || raw == Float.class || raw == float.class) {
            return "a number";
        }
        if (Number.class.isAssignableFrom(raw) || raw.isPrimitive()) {
            return "a whole number";
        }
        if (raw == UUID.class) {
            return "a UUID string";
        }
        if (List.class.isAssignableFrom(raw)) {
            return "an array";
        }
        return "an object";
    }

    static String describe(JsonValue value) {
        return switch (value.getValueType()) {
            case OBJECT -> "an object";
            case ARRAY -> "an array";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case TRUE, FALSE -> "a boolean";
            case NULL -> "null";
        };
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        throw new IllegalStateException("unsupported type " + type);
    }

    private static Type argument(Type type, int index) {
        if (type instanceof ParameterizedType p) {
            return p.getActualTypeArguments()[index];
        }
        return Object.class;
    }
}
