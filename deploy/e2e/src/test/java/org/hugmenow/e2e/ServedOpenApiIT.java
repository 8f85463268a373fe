package org.hugmenow.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * /openapi is the hand-written document as written (ADR 0009), not Payara's scan of the code: no
 * non-standard root property, no internal types, and the roles of every secured operation in x-roles
 * (which Payara would lose without ServedDocumentFilter). OpenApiContractTest checks the file itself.
 */
class ServedOpenApiIT extends DeployedAppIT {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    static final Path SERVED = Path.of("target", "served-openapi.json");

    @Test
    void servesTheWrittenDocument() throws IOException {
        Api.Reply reply = api.get("/openapi?format=JSON", null);
        assertEquals(200, reply.status(), reply::toString);
        // Linted after the ITs (this module's verify phase), so what clients download is linted too, not only the file.
        Files.writeString(SERVED, reply.body());
        JsonObject document = reply.json();
        assertEquals("3.0.3", document.getString("openapi"));
        assertFalse(document.containsKey("endpoints"), "Payara's non-standard 'endpoints' is removed");
        JsonObject schemas = document.getJsonObject("components").getJsonObject("schemas");
        assertTrue(schemas.containsKey("Problem"));
        assertTrue(schemas.keySet().stream().noneMatch(name -> name.startsWith("Jaxb")), "no scanned internal types");
        JsonObject paths = document.getJsonObject("paths");
        for (String path : List.of("/api/v1/me", "/scim/v2/Users", "/health/live", "/health/ready")) {
            assertTrue(paths.containsKey(path), path);
        }
        assertEquals(List.of("*"), roles(paths.getJsonObject("/api/v1/me").getJsonObject("get")));
    }

    @Test
    void everySecuredOperationStatesItsRolesAndEveryIdIsUnique() {
        JsonObject paths = api.get("/openapi?format=JSON", null).json().getJsonObject("paths");
        Set<String> ids = new HashSet<>();
        List<String> wrong = new ArrayList<>();
        paths.forEach((path, item) -> item.asJsonObject().forEach((method, value) -> {
            if (!METHODS.contains(method)) {
                return;
            }
            JsonObject operation = value.asJsonObject();
            if (!ids.add(operation.getString("operationId", ""))) {
                wrong.add(method + " " + path + ": missing or repeated operationId");
            }
            boolean secured = operation.containsKey("security") && !operation.getJsonArray("security").isEmpty();
            if (secured == roles(operation).isEmpty()) {
                wrong.add(method + " " + path + ": security " + operation.get("security") + " but x-roles " + roles(operation));
            }
        }));
        assertEquals(List.of(), wrong);
        assertTrue(ids.size() > 100, "operations: " + ids.size());
    }

    private static List<String> roles(JsonObject operation) {
        JsonValue roles = operation.get("x-roles");
        return roles == null ? List.of() : roles.asJsonArray().getValuesAs(JsonValue::toString).stream()
                .map(role -> role.replace("\"", "")).toList();
    }
}
