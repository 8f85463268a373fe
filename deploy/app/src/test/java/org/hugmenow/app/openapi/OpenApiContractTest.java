package org.hugmenow.app.openapi;

import static org.hugmenow.app.openapi.OpenApiDocument.list;
import static org.hugmenow.app.openapi.OpenApiDocument.map;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code META-INF/openapi.yaml} true (ADR 0008): the document is written by hand, so this test compares it
 * with the JAX-RS resource classes of every module and fails on any operation that exists on one side only, on
 * security or roles that differ from {@code @RolesAllowed}/{@code @PermitAll}, and on bodies whose documented
 * fields differ from the records the code reads and writes. The linters (Spectral, Redocly, run in
 * {@code mvn verify}) check the document's form; this checks its truth.
 */
class OpenApiContractTest {

    private static final List<Object> BEARER = List.of(Map.of("bearer", List.of()));
    private static final List<Object> SCIM_SECURITY = List.of(Map.of("scimToken", List.of()), Map.of("scimBasic", List.of()),
            Map.of("bearer", List.of()));
    /** Who ScimAccessFilter admits with a bearer access token (SCIM credentials carry scim-provisioner). */
    private static final Set<String> SCIM_ROLES = Set.of("scim-provisioner", "it-admin");
    private static final Set<String> SCIM_OPERATIONS = Set.of(
            "get /scim/v2/Users", "post /scim/v2/Users", "post /scim/v2/Users/.search", "get /scim/v2/Users/{id}",
            "put /scim/v2/Users/{id}", "patch /scim/v2/Users/{id}", "delete /scim/v2/Users/{id}",
            "get /scim/v2/Groups", "post /scim/v2/Groups", "post /scim/v2/Groups/.search", "get /scim/v2/Groups/{id}",
            "put /scim/v2/Groups/{id}", "patch /scim/v2/Groups/{id}", "delete /scim/v2/Groups/{id}",
            "post /scim/v2/Bulk", "get /scim/v2/ServiceProviderConfig", "get /scim/v2/Schemas", "get /scim/v2/Schemas/{uri}",
            "get /scim/v2/ResourceTypes", "get /scim/v2/ResourceTypes/{name}");
    private static final Set<String> HEALTH_OPERATIONS = Set.of("get /health/live", "get /health/ready");

    private static OpenApiDocument document;
    private static Map<String, Map<String, Object>> documented;
    private static Map<String, CodeOperation> code;

    @BeforeAll
    static void load() {
        document = OpenApiDocument.load();
        documented = document.operations();
        code = JaxRsOperations.all().stream().collect(Collectors.toMap(CodeOperation::key, Function.identity(), CodeOperation::merge));
    }

    @Test
    void everyOperationOfTheCodeIsDocumentedAndNothingElse() {
        assertTrue(code.size() > 50, "the resource classes were not found on the classpath: " + code.size());
        Set<String> undocumented = new TreeSet<>();
        code.forEach((key, op) -> {
            if (!documented.containsKey(key)) {
                undocumented.add(key + " (" + op.where() + ")");
            }
        });
        Set<String> unknown = new TreeSet<>(documented.keySet());
        unknown.removeAll(code.keySet());
        unknown.removeAll(SCIM_OPERATIONS);
        unknown.removeAll(HEALTH_OPERATIONS);
        assertEquals(Set.of(), undocumented, "operations in code but not in " + OpenApiDocument.RESOURCE);
        assertEquals(Set.of(), unknown, "operations in " + OpenApiDocument.RESOURCE + " that no resource serves");
        assertTrue(documented.keySet().containsAll(SCIM_OPERATIONS), "SCIM operations are missing");
        assertTrue(documented.keySet().containsAll(HEALTH_OPERATIONS), "health probes are missing");
    }

    @Test
    void securityAndRolesAreTheAnnotations() {
        List<String> wrong = new ArrayList<>();
        code.values().forEach(op -> {
            Map<String, Object> doc = documented.get(op.key());
            if (doc == null || SCIM_OPERATIONS.contains(op.key())) {
                return; // reported elsewhere; SCIM access is ScimAccessFilter's, checked below
            }
            Object security = doc.get("security");
            Set<Object> roles = Set.copyOf(list(doc.get("x-roles")));
            switch (op.access()) {
                case PUBLIC -> check(wrong, op, List.of().equals(security) && roles.isEmpty(), "public: security [] and x-roles []");
                case SIGNED_IN -> check(wrong, op, BEARER.equals(security) && roles.equals(Set.of("*")),
                        "any signed-in caller: security bearer and x-roles [*]");
                case ROLES -> check(wrong, op, BEARER.equals(security) && roles.equals(op.roles()),
                        "security bearer and x-roles equal to @RolesAllowed " + new TreeSet<>(op.roles()));
            }
        });
        documented.forEach((key, doc) -> {
            if (SCIM_OPERATIONS.contains(key) && !(SCIM_SECURITY.equals(doc.get("security"))
                    && SCIM_ROLES.equals(Set.copyOf(list(doc.get("x-roles")))))) {
                wrong.add(key + ": SCIM takes scimToken, scimBasic or bearer, roles " + SCIM_ROLES);
            }
            if (HEALTH_OPERATIONS.contains(key) && !(List.of().equals(doc.get("security")) && list(doc.get("x-roles")).isEmpty())) {
                wrong.add(key + ": health probes are public");
            }
        });
        assertEquals(List.of(), wrong);
    }

    /** Payara loses x-roles; ServedDocumentFilter restores them from the description, so both must say the same. */
    @Test
    void everyDescriptionStatesTheRolesOfXRoles() {
        List<String> wrong = new ArrayList<>();
        documented.forEach((key, doc) -> {
            List<String> described = ServedDocumentFilter.roles((String) doc.get("description"));
            if (described == null || !Set.copyOf(described).equals(Set.copyOf(list(doc.get("x-roles"))))) {
                wrong.add(key + ": the description states roles " + described + ", x-roles are " + doc.get("x-roles")
                        + " (write 'Roles: a, b.', 'Roles: any signed-in caller' or 'Public: ...')");
            }
        });
        assertEquals(List.of(), wrong);
    }

    @Test
    void operationIdsAreUniqueAndEveryOperationDocumentsSuccessAndErrors() {
        List<String> wrong = new ArrayList<>();
        Set<Object> ids = new TreeSet<>();
        documented.forEach((key, doc) -> {
            if (!(doc.get("operationId") instanceof String id) || !ids.add(id)) {
                wrong.add(key + ": missing or duplicate operationId " + doc.get("operationId"));
            }
            Map<String, Object> responses = map(doc, "responses");
            if (responses.keySet().stream().noneMatch(code -> code.startsWith("2"))) {
                wrong.add(key + ": no 2xx response");
            }
            // Redocly's operation-4xx-response, minus the health probes (200 or 503 only): see tools/openapi-lint.
            if (!HEALTH_OPERATIONS.contains(key) && responses.keySet().stream().noneMatch(code -> code.startsWith("4"))) {
                wrong.add(key + ": no 4xx response");
            }
            boolean secured = !List.of().equals(doc.get("security"));
            if (secured && !(responses.containsKey("401") && responses.containsKey("403"))) {
                wrong.add(key + ": a secured operation documents 401 and 403");
            }
            CodeOperation op = code.get(key);
            boolean htmlPages = op != null && op.produces().equals(Set.of("text/html"));
            // SCIM errors are RFC 7644 error messages, and MicroProfile Health answers 503 with its own status body.
            String errorMedia = key.contains(" /scim/") ? "application/scim+json"
                    : HEALTH_OPERATIONS.contains(key) ? "application/json" : "application/problem+json";
            String errorSchema = key.contains(" /scim/") ? "ScimError" : HEALTH_OPERATIONS.contains(key) ? "HealthStatus" : "Problem";
            responses.forEach((status, response) -> {
                if (status.startsWith("4") || status.startsWith("5")) {
                    Map<String, Object> content = map(document.resolve(response), "content");
                    boolean ok = content.containsKey(errorMedia)
                            ? map(content.get(errorMedia), "schema").equals(Map.of("$ref", "#/components/schemas/" + errorSchema))
                            : htmlPages && content.containsKey("text/html");
                    if (!ok) {
                        wrong.add(key + " " + status + ": errors are " + errorMedia + " (" + errorSchema + ")");
                    }
                }
            });
        });
        assertEquals(List.of(), wrong);
    }

    @Test
    void bodiesAreTheRecordsTheCodeReadsAndWrites() {
        List<String> wrong = new ArrayList<>();
        code.values().forEach(op -> {
            Map<String, Object> doc = documented.get(op.key());
            if (doc == null) {
                return;
            }
            Map<String, Object> requestContent = map(map(doc, "requestBody"), "content");
            if (op.takesBody() == requestContent.isEmpty()) {
                wrong.add(op.key() + ": request body documented " + !requestContent.isEmpty() + ", in code " + op.takesBody());
            }
            if (op.takesBody() && !op.consumes().contains("*/*") && !op.consumes().equals(requestContent.keySet())) {
                wrong.add(op.key() + ": request media types documented " + requestContent.keySet() + " but @Consumes " + op.consumes());
            }
            Class<?> bodyRecord = RecordShapes.record(op.body());
            if (bodyRecord != null) {
                compare(wrong, op.key() + " request", bodyRecord, map(requestContent.get("application/json"), "schema"));
            }
            Map<String, Object> success = successContent(doc);
            for (String media : success.keySet()) {
                if (!op.produces().contains(media) && !op.produces().contains("*/*")) {
                    wrong.add(op.key() + ": documents " + media + " but @Produces " + op.produces());
                }
            }
            Class<?> returned = RecordShapes.record(op.method().getGenericReturnType());
            if (returned != null) {
                Map<String, Object> schema = map(success.get("application/json"), "schema");
                boolean array = RecordShapes.isList(op.method().getGenericReturnType());
                compare(wrong, op.key() + " response", returned, array ? map(document.resolve(schema), "items") : schema);
            }
        });
        assertEquals(List.of(), wrong);
    }

    private Map<String, Object> successContent(Map<String, Object> doc) {
        return map(doc, "responses").entrySet().stream().filter(e -> e.getKey().startsWith("2"))
                .map(e -> map(document.resolve(e.getValue()), "content")).filter(c -> !c.isEmpty())
                .findFirst().orElse(Map.of());
    }

    private void compare(List<String> wrong, String where, Class<?> record, Map<String, Object> schema) {
        Set<String> documentedFields = new TreeSet<>(map(document.resolve(schema), "properties").keySet());
        Set<String> fields = new TreeSet<>(RecordShapes.components(record));
        if (!documentedFields.equals(fields)) {
            wrong.add(where + ": documented " + documentedFields + " but " + record.getSimpleName() + " has " + fields);
        }
    }

    private static void check(List<String> wrong, CodeOperation op, boolean ok, String expected) {
        if (!ok) {
            wrong.add(op.key() + " (" + op.where() + "): expected " + expected);
        }
    }
}
