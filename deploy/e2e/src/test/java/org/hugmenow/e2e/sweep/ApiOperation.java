package org.hugmenow.e2e.sweep;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One operation of the OpenAPI document, with what the sweep needs to send it hostile input. */
public record ApiOperation(String method, String path, List<String> pathParams, List<String> queryParams,
                           Map<String, String> bodyFields, boolean jsonBody, boolean eventStream) {

    public boolean mutates() {
        return !method.equals("GET") && !method.equals("HEAD");
    }

    @Override
    public String toString() {
        return method + " " + path;
    }

    /** Every operation of the document; {@code basePath} is prefixed to paths that lack it. */
    public static List<ApiOperation> all(JsonObject document, String basePath) {
        List<ApiOperation> operations = new ArrayList<>();
        JsonObject components = document.containsKey("components") ? document.getJsonObject("components") : JsonValue.EMPTY_JSON_OBJECT;
        document.getJsonObject("paths").forEach((path, item) -> item.asJsonObject().forEach((method, op) -> {
            if (List.of("get", "put", "post", "delete", "patch").contains(method)) {
                String full = path.startsWith(basePath) || path.startsWith("/scim") || path.startsWith("/health") ? path : basePath + path;
                operations.add(of(method.toUpperCase(), full, item.asJsonObject(), op.asJsonObject(), components));
            }
        }));
        return operations;
    }

    private static ApiOperation of(String method, String path, JsonObject item, JsonObject op, JsonObject components) {
        List<String> pathParams = new ArrayList<>();
        List<String> queryParams = new ArrayList<>();
        List<JsonValue> parameters = new ArrayList<>();
        if (item.containsKey("parameters")) {
            parameters.addAll(item.getJsonArray("parameters"));
        }
        if (op.containsKey("parameters")) {
            parameters.addAll(op.getJsonArray("parameters"));
        }
        for (JsonValue p : parameters) {
            JsonObject parameter = Schemas.resolve(p.asJsonObject(), components);
            String in = parameter.getString("in", "");
            if (in.equals("path")) {
                pathParams.add(parameter.getString("name"));
            } else if (in.equals("query")) {
                queryParams.add(parameter.getString("name"));
            }
        }
        Map<String, String> fields = new LinkedHashMap<>();
        boolean json = false;
        if (op.containsKey("requestBody")) {
            JsonObject content = Schemas.resolve(op.getJsonObject("requestBody"), components).getJsonObject("content");
            if (content != null) {
                for (String type : content.keySet()) {
                    if (type.contains("json") || type.equals("*/*")) {
                        json = true;
                        JsonObject media = content.getJsonObject(type);
                        if (media.containsKey("schema")) {
                            fields.putAll(Schemas.properties(media.getJsonObject("schema"), components));
                        }
                    }
                }
            }
        }
        boolean stream = op.containsKey("responses") && op.getJsonObject("responses").toString().contains("text/event-stream");
        return new ApiOperation(method, path, pathParams, queryParams, fields, json, stream);
    }
}
