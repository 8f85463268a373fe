package org.hugmenow.app.openapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The served OpenAPI document ({@code META-INF/openapi.yaml}), read as plain maps: the test needs paths,
 * operations, security, {@code x-roles} and schema property names, not a full OpenAPI model.
 */
final class OpenApiDocument {

    static final String RESOURCE = "META-INF/openapi.yaml";
    static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");

    private final Map<String, Object> root;

    private OpenApiDocument(Map<String, Object> root) {
        this.root = root;
    }

    static OpenApiDocument load() {
        try (InputStream in = OpenApiDocument.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath");
            }
            return new OpenApiDocument(new Yaml(new LoaderOptions()).load(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every operation, keyed "method path" like {@link CodeOperation#key()}. */
    Map<String, Map<String, Object>> operations() {
        Map<String, Map<String, Object>> operations = new LinkedHashMap<>();
        map(root, "paths").forEach((path, item) -> map(item).forEach((method, operation) -> {
            if (METHODS.contains(method)) {
                operations.put(method + " " + path, map(operation));
            }
        }));
        return operations;
    }

    /** Follows a local {@code $ref} (to a schema or a response); anything else is returned as is. */
    Map<String, Object> resolve(Object node) {
        Map<String, Object> map = map(node);
        Object ref = map.get("$ref");
        if (!(ref instanceof String pointer) || !pointer.startsWith("#/")) {
            return map;
        }
        Object target = root;
        for (String part : pointer.substring(2).split("/")) {
            target = map(target).get(part.replace("~1", "/").replace("~0", "~"));
        }
        if (target == null) {
            throw new IllegalStateException("Unresolved " + pointer);
        }
        return resolve(target);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object node) {
        return node == null ? Map.of() : (Map<String, Object>) node;
    }

    static Map<String, Object> map(Object node, String key) {
        return map(map(node).get(key));
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object node) {
        return node == null ? List.of() : (List<Object>) node;
    }
}
