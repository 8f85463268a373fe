package org.hugmenow.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every error is RFC 9457 problem+json, says what to fix, and leaks nothing internal. */
class ProblemResponsesIT extends DeployedAppIT {

    private static String admin;

    @BeforeEach
    void setUp() throws Exception {
        if (admin == null) {
            admin = tenants.provisionWithUser("errs", "hanna", List.of("hr-admin")).token();
        }
    }

    @Test
    void unknownRoutesAre404Problems() {
        for (String path : List.of("/nope", "/api/v1/nope", "/api/v1/tenant/settings/a/b/c")) {
            assertProblem(api.get(path, admin), 404);
        }
    }

    @Test
    void jerseysWadlIsNotServed() {
        // It described every resource and named the Jersey version to any signed-in caller.
        for (String path : List.of("/api/application.wadl", "/api/application.wadl?detail=true", "/api/application.wadl/xsd0.xsd")) {
            assertProblem(api.get(path, admin), 404);
        }
        Api.Reply options = api.send("OPTIONS", "/api/v1/me", admin, null, null);
        assertFalse(String.valueOf(options.header("Content-Type")).contains("wadl") || options.body().contains("jersey"),
                "OPTIONS answers without a WADL: " + options);
    }

    /** This deployment has no Stripe keys: billing says so, and everything else works. */
    @Test
    void withoutStripeKeysBillingSaysNotConfiguredAndTheRestWorks() throws Exception {
        Tenants.Login finance = tenants.provisionWithUser("nobill", "fiona", List.of("finance"));
        Api.Reply overview = api.get("/api/v1/billing", finance.token());
        assertEquals(200, overview.status(), overview::toString);
        assertFalse(overview.json().getBoolean("configured"));
        assertEquals("premium", overview.json().getString("plan"), "the plan the operator set stands");
        assertEquals(0, overview.json().getJsonArray("offers").size());
        JsonObject refused = assertProblem(api.post("/api/v1/billing/checkout", finance.token(), "{\"plan\":\"premium\"}"), 503);
        assertTrue(refused.getString("detail").contains("not configured"), refused::toString);
        assertProblem(api.post("/api/v1/billing/stripe-webhook", null, "{\"id\":\"evt_1\"}"), 503);
        assertEquals(201, api.post("/api/v1/admin/hr-connections", tenants.tokenFor(finance.slug(), "hal", List.of("hr-admin")),
                "{\"connector\":\"csv\",\"label\":\"Payroll\"}").status(), "paid features work on the operator's plan");
    }

    @Test
    void wrongMethodIs405() {
        assertProblem(api.send("PUT", "/api/v1/me", admin, "{}", "application/json"), 405);
    }

    @Test
    void wrongContentTypeIs415() {
        assertProblem(api.send("PUT", "/api/v1/tenant/settings/x.y", admin, "value=1", "text/plain"), 415);
    }

    @Test
    void oversizeBodiesAre413AndChangeNothing() {
        String huge = "{\"value\":\"" + "x".repeat(1_200_000) + "\"}";
        assertProblem(api.put("/api/v1/tenant/settings/big.one", admin, huge), 413);
        assertEquals(404, api.get("/api/v1/tenant/settings/big.one", admin).status());
    }

    @Test
    void malformedJsonUnknownFieldsAndWrongTypesAre400() {
        for (String body : List.of("{\"value\":", "{\"value\":\"ok\",\"extra\":1}", "{\"value\":{\"nested\":true}}", "[]")) {
            JsonObject problem = assertProblem(api.put("/api/v1/tenant/settings/typed.key", admin, body), 400);
            assertFalse(problem.getString("detail").isBlank());
        }
        assertEquals(404, api.get("/api/v1/tenant/settings/typed.key", admin).status(), "nothing was written");
    }

    @Test
    void validationErrorsNameEachField() {
        JsonObject problem = assertProblem(api.put("/api/v1/tenant/settings/BAD%20KEY", admin, "{}"), 400);
        String errors = problem.getJsonArray("errors").toString();
        assertTrue(errors.contains("\"key\"") && errors.contains("\"value\""), errors);
    }

    @Test
    void injectionStringsAreDataNotCode() {
        String evil = "'; DROP SCHEMA platform CASCADE; -- <script>alert(1)</script>";
        Api.Reply stored = api.put("/api/v1/tenant/settings/evil", admin, jakarta.json.Json.createObjectBuilder()
                .add("value", evil).build().toString());
        assertEquals(200, stored.status(), stored::toString);
        assertEquals(evil, api.get("/api/v1/tenant/settings/evil", admin).json().getString("value"));
        assertEquals(200, api.get("/api/v1/me", admin).status(), "the platform schema is still there");
    }

    @Test
    void requestIdsAreEchoedOrCreated() {
        Api.Reply reply = api.send("GET", "/api/v1/nope", admin, null, null);
        String id = reply.header("X-Request-Id");
        assertTrue(id != null && id.length() >= 8);
        assertEquals(id, reply.json().getString("requestId"));
    }

    @Test
    void healthAndOpenApiArePublic() {
        assertEquals(200, api.get("/health/live", null).status());
        Api.Reply ready = api.get("/health/ready", null);
        assertEquals(200, ready.status(), ready::toString);
        for (String check : List.of("database", "migrations", "keycloak")) {
            assertTrue(ready.body().contains("\"" + check + "\""), check);
        }
        Api.Reply openapi = api.get("/openapi", null);
        assertEquals(200, openapi.status());
        for (String path : List.of("/api/v1/me", "/api/v1/platform/tenants", "/api/v1/platform/tenants/{slug}/offboard",
                "/api/v1/tenant/settings/{key}", "/api/v1/activation")) {
            assertTrue(openapi.body().contains(path + ":"), path);
        }
        assertTrue(openapi.body().contains("'409'") || openapi.body().contains("\"409\""));
        // /metrics is only on the scraper listener (HttpHardeningIT, ADR 0008).
    }

    private static JsonObject assertProblem(Api.Reply reply, int status) {
        assertEquals(status, reply.status(), reply::toString);
        assertEquals("application/problem+json", reply.contentType(), reply::toString);
        JsonObject problem = reply.json();
        for (String member : List.of("type", "title", "detail", "instance")) {
            assertTrue(problem.containsKey(member), member + " in " + problem);
        }
        assertEquals(status, problem.getInt("status"));
        assertFalse(reply.body().contains("Exception") || reply.body().contains("at org.") || reply.body().contains("SELECT"),
                "no internals in " + reply.body());
        return problem;
    }
}
