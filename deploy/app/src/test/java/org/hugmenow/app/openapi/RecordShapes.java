package org.hugmenow.app.openapi;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;

/** The JSON shape of the records the API reads and writes: JSON-B names a record's fields after its components. */
final class RecordShapes {

    private RecordShapes() {
    }

    /** The record a body or return type carries, directly or as the element of a List; null for anything else. */
    static Class<?> record(Type type) {
        Type element = isList(type) ? ((ParameterizedType) type).getActualTypeArguments()[0] : type;
        return element instanceof Class<?> c && c.isRecord() ? c : null;
    }

    static boolean isList(Type type) {
        return type instanceof ParameterizedType p && p.getRawType() == List.class;
    }

    static List<String> components(Class<?> record) {
        return Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).toList();
    }
}
