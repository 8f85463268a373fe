package org.hugmenow.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Headers on every response, problem+json for odd requests, /metrics and readiness details for operators only. */
class HttpHardeningIT extends DeployedAppIT {

    private static String employee;

    @BeforeEach
    void setUp() throws Exception {
        if (employee == null) {
            employee = tenants.provisionWithUser("hard", "emma", List.of("employee")).token();
        }
    }

    @Test
    void everyAppResponseIsNosniffWithoutBannerAndApiResponsesAreNotStored() {
        Map<String, Api.Reply> replies = Map.of(
                "ok", api.get("/api/v1/me", employee),
                "refused by the authentication mechanism", api.get("/api/v1/me", null),
                "unknown path", api.get("/api/v1/nope", employee),
                "error page outside the API", api.get("/nope", null));
        replies.forEach((what, reply) -> {
            assertEquals("nosniff", reply.header("X-Content-Type-Options"), what);
            assertEquals("no-store", reply.header("Cache-Control"), what);
            assertNull(reply.header("Server"), what + ": no product banner");
            assertNull(reply.header("X-Powered-By"), what);
            assertTrue(reply.header("Content-Security-Policy").contains("default-src 'none'"), what);
        });
    }

    @Test
    void theActivationPageHasAPolicyThatFitsIt() throws Exception {
        Api.Reply page = api.get("/api/v1/activation?token=abc", null);
        assertEquals(200, page.status(), page::toString);
        assertEquals("text/html", page.contentType());
        List<String> policies = page.raw().headers().allValues("Content-Security-Policy");
        assertEquals(1, policies.size(), policies::toString);
        String policy = policies.get(0);
        Matcher style = Pattern.compile("<style>(.*?)</style>").matcher(page.body());
        assertTrue(style.find(), page.body());
        String hash = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                .digest(style.group(1).getBytes(StandardCharsets.UTF_8)));
        assertTrue(policy.contains("style-src 'sha256-" + hash + "'"), policy);
        assertTrue(policy.contains("default-src 'none'") && policy.contains("form-action 'self'"), policy);
        assertFalse(policy.contains("unsafe-inline") || page.body().contains("<script"), policy);
        assertEquals("nosniff", page.header("X-Content-Type-Options"));
    }

    @Test
    void aLongQueryValueIs414ProblemJson() {
        String q = "a".repeat(10_000);
        assertProblem(api.get("/api/v1/directory/people?q=" + q, employee), 414);
        assertProblem(api.get("/api/v1/directory/people?q=" + q, null), 414);
    }

    @Test
    void aLongAuthorizationHeaderIs431ProblemJson() {
        Api.Reply reply = api.exchange("GET", "/api/v1/me", Map.of("Authorization", "Bearer " + "x".repeat(10_000)), null);
        JsonObject problem = assertProblem(reply, 431);
        assertTrue(problem.getString("detail").toLowerCase().contains("'authorization'"), problem.toString());
        assertFalse(reply.body().contains("xxxxxxxx"), "the header is not echoed");
    }

    @Test
    void aNullByteInAQueryValueIs400NamingTheParameter() {
        JsonObject problem = assertProblem(api.get("/api/v1/directory/people?q=%00", employee), 400);
        assertEquals("q", problem.getJsonArray("errors").getJsonObject(0).getString("field"), problem.toString());
        assertProblem(api.get("/api/v1/moods?limit=1%0A", employee), 400);
    }

    @Test
    void aControlCharacterInThePathIs400ProblemJson() throws IOException {
        for (String path : List.of("/api/v1/me%01", "/api/v1/directory/people/a%0Ab", "/nope%7F")) {
            String reply = raw("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
            assertTrue(reply.startsWith("HTTP/1.1 400"), path + ": " + reply);
            assertTrue(reply.toLowerCase().contains("content-type: application/problem+json"), path + ": " + reply);
        }
    }

    /**
     * Known limit (ADR 0008): Payara's request adapter refuses a null byte in the path before any
     * application code or error page runs, so this 400 has no body. It must stay a 400 and close.
     */
    @Test
    void aNullByteInThePathIsRefusedByTheContainer() throws IOException {
        String reply = raw("GET /api/v1/me%00 HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        assertTrue(reply.startsWith("HTTP/1.1 400"), reply);
        assertFalse(reply.contains("Payara"), "no product banner: " + reply);
    }

    @Test
    void metricsAreServedOnlyOnTheScraperListener() throws Exception {
        Api.Reply publicMetrics = api.get("/metrics", null);
        assertEquals(404, publicMetrics.status(), publicMetrics::toString);
        assertFalse(publicMetrics.body().contains("base_") || publicMetrics.body().contains("jvm"), publicMetrics.body());
        int port = Integer.parseInt(System.getProperty("hugmenow.metrics.port"));
        Api.Reply scraped = new Api(new java.net.URL("http://127.0.0.1:" + port + "/")).get("/metrics", null);
        assertEquals(200, scraped.status(), scraped::toString);
        assertTrue(scraped.body().contains("base_") || scraped.body().contains("jvm"), "metrics are on");
    }

    @Test
    void readinessIsBareInPublicAndDetailedForOperators() throws Exception {
        assertEquals(200, api.get("/health/live", null).status());
        Api.Reply ready = api.get("/health/ready", null);
        assertEquals(200, ready.status(), ready::toString);
        for (String check : List.of("database", "migrations", "keycloak", "outbox")) {
            assertTrue(ready.body().contains("\"" + check + "\""), check);
        }
        assertFalse(ready.body().contains("failedTenants") || ready.body().contains("parkedEvents")
                || ready.body().contains("tenant:"), ready.body());

        assertEquals(401, api.get("/api/v1/platform/readiness", null).status());
        assertEquals(403, api.get("/api/v1/platform/readiness", employee).status());
        Api.Reply details = api.get("/api/v1/platform/readiness", tenants.operatorToken());
        assertEquals(200, details.status(), details::toString);
        assertTrue(details.body().contains("failedTenants") && details.body().contains("parkedEvents"), details.body());
    }

    /** A request the JDK client would not send as it is, written to the socket byte for byte. */
    private String raw(String request) throws IOException {
        int port = Integer.parseInt(api.base().substring(api.base().lastIndexOf(':') + 1));
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            return all.toString(StandardCharsets.UTF_8);
        }
    }

    private static JsonObject assertProblem(Api.Reply reply, int status) {
        assertEquals(status, reply.status(), reply::toString);
        assertEquals("application/problem+json", reply.contentType(), reply::toString);
        JsonObject problem = reply.json();
        assertEquals(status, problem.getInt("status"));
        for (String member : List.of("type", "title", "detail", "instance")) {
            assertTrue(problem.containsKey(member), member + " in " + problem);
        }
        return problem;
    }
}
