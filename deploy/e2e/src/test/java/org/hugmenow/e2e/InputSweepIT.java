package org.hugmenow.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hugmenow.e2e.sweep.ApiOperation;
import org.hugmenow.e2e.sweep.HostileInputs;
import org.hugmenow.e2e.sweep.TenantDigest;
import org.hugmenow.launcher.LocalPostgres;
import org.junit.jupiter.api.Test;

/**
 * Walks every operation of the published OpenAPI document with hostile bodies and query values,
 * as every role of one tenant and as a person of another, and fails on any 5xx, any error that is
 * not problem+json, and any stored change caused by a request that was refused.
 */
class InputSweepIT extends AppIT {

    /** Billing is swept against the fake Stripe, so its hostile inputs reach its real validation and Stripe calls. */
    static final org.hugmenow.launcher.fakestripe.FakeStripe STRIPE =
            org.hugmenow.launcher.fakestripe.FakeStripe.start(0, "sk_test_sweep", "whsec_sweep");

    static {
        STRIPE.addPrice("price_sweep_premium", "HugMeNow Premium", 800, "eur", "month");
        STRIPE.addPrice("price_sweep_standard", "HugMeNow Standard", 400, "eur", "month");
    }

    @org.jboss.arquillian.container.test.api.Deployment(testable = false)
    static org.jboss.shrinkwrap.api.spec.WebArchive deployment() {
        return TestStack.get().deployment(Map.of("hugmenow.stripe.secret-key", "sk_test_sweep",
                "hugmenow.stripe.webhook-secret", "whsec_sweep", "hugmenow.stripe.api-base", STRIPE.apiBase(),
                "hugmenow.stripe.price.premium-monthly", "price_sweep_premium",
                "hugmenow.stripe.price.standard-monthly", "price_sweep_standard"));
    }

    @org.junit.jupiter.api.AfterAll
    static void stopStripe() {
        STRIPE.close();
    }

    private final List<String> failures = new ArrayList<>();
    private int requests;

    @Test
    void noHostileInputGetsA5xxOrChangesAnythingWhenRefused() throws Exception {
        String slug = Tenants.uniqueSlug("sweep");
        String other = Tenants.uniqueSlug("sweep-b");
        tenants.provision(slug);
        tenants.provision(other);
        Map<String, String> callers = new LinkedHashMap<>();
        for (String role : List.of("employee", "team-lead", "hr-admin", "it-admin", "finance")) {
            callers.put(role, WellnessFixtures.person(api, tenants, slug, role.replace("-", ""), role).token());
        }
        callers.put("platform-operator", tenants.operatorToken());
        callers.put("other tenant's hr-admin", WellnessFixtures.person(api, tenants, other, "hrb", "hr-admin").token());
        callers.put("anonymous", null);

        List<ApiOperation> operations = ApiOperation.all(openApi(), "/api").stream()
                .filter(op -> !op.eventStream() && !op.path().startsWith("/health")).toList();
        assertTrue(operations.size() > 50, () -> "the document lists only " + operations.size() + " operations");
        try (TenantDigest digest = new TenantDigest(stack.postgres.jdbcUrl(), LocalPostgres.USER, LocalPostgres.PASSWORD,
                List.of("platform", "tenant_" + slug.replace('-', '_'), "tenant_" + other.replace('-', '_')))) {
            awaitQuiet(digest);
            proveTheFingerprintSeesAWrite(digest, callers.get("hr-admin"));
            for (ApiOperation op : operations) {
                String path = fill(op, slug);
                callers.forEach((who, token) -> sweep(digest, op, path, who, token));
            }
        }
        System.out.printf("input sweep: %d operations, %d requests, %d failures%n", operations.size(), requests, failures.size());
        assertTrue(failures.isEmpty(), () -> failures.size() + " failures:\n" + String.join("\n", failures.subList(0, Math.min(60, failures.size()))));
    }

    /**
     * Every body variant, then every query value, as one caller. A caller refused as such (401,
     * 403) is refused before the body is read, so one refusal stands for the rest.
     */
    private void sweep(TenantDigest digest, ApiOperation op, String path, String who, String token) {
        if (op.jsonBody()) {
            for (HostileInputs.Variant v : HostileInputs.bodies(op.bodyFields())) {
                if (isRefusedCaller(check(digest, op, who, v.name(), path, token, v.body()))) {
                    return;
                }
            }
        }
        for (String q : op.queryParams()) {
            for (String value : HostileInputs.queryValues()) {
                String target = path + (path.contains("?") ? "&" : "?") + q + "=" + value;
                if (isRefusedCaller(check(digest, op, who, q + "=" + value, target, token, op.jsonBody() ? "{}" : null))) {
                    return;
                }
            }
        }
    }

    private static boolean isRefusedCaller(int status) {
        return status == 401 || status == 403;
    }

    private void proveTheFingerprintSeesAWrite(TenantDigest digest, String hrAdmin) {
        String before = digest.now();
        Api.Reply write = api.put("/api/v1/tenant/settings/sweep.probe", hrAdmin, "{\"value\":\"x\"}");
        assertTrue(write.status() == 200, write::toString);
        assertTrue(!before.equals(digest.now()), "the fingerprint must change when data is stored");
    }

    private int check(TenantDigest digest, ApiOperation op, String who, String variant, String path, String token, String body) {
        requests++;
        String before = op.mutates() ? digest.now() : null;
        Api.Reply reply = api.send(op.method(), path, token, body, body == null ? null : "application/json");
        String what = op + " [" + abbreviated(variant) + "] as " + who + " -> " + reply.status();
        if (reply.status() >= 500) {
            failures.add(what + ": a server error: " + abbreviated(reply.body()));
            return reply.status();
        }
        if (reply.status() >= 400) {
            boolean scim = path.startsWith("/scim/");
            String expected = scim ? "application/scim+json" : "application/problem+json";
            if (!expected.equals(reply.contentType())) {
                failures.add(what + ": not " + expected + " but " + reply.contentType());
            } else if (!(scim ? isScimError(reply) : isProblem(reply))) {
                failures.add(what + ": a malformed error document: " + abbreviated(reply.body()));
            }
            if (before != null && !before.equals(digest.now())) {
                failures.add(what + ": refused, yet stored data changed");
            }
        }
        return reply.status();
    }

    private static boolean isProblem(Api.Reply reply) {
        try {
            JsonObject p = Json.createReader(new StringReader(reply.body())).readObject();
            return p.getInt("status") == reply.status() && p.containsKey("type") && p.containsKey("title") && p.containsKey("detail");
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** RFC 7644 §3.12: the Error schema, with the status as a string. */
    private static boolean isScimError(Api.Reply reply) {
        try {
            JsonObject e = Json.createReader(new StringReader(reply.body())).readObject();
            return e.getJsonArray("schemas").toString().contains("urn:ietf:params:scim:api:messages:2.0:Error")
                    && e.getString("status").equals(Integer.toString(reply.status()));
        } catch (RuntimeException notScim) {
            return false;
        }
    }

    private static String fill(ApiOperation op, String slug) {
        String path = op.path();
        for (String p : op.pathParams()) {
            String value = p.equals("slug") ? slug : p.toLowerCase().endsWith("id") ? UUID.randomUUID().toString() : "sweep.value";
            path = path.replace("{" + p + "}", value);
        }
        return path;
    }

    private JsonObject openApi() {
        Api.Reply doc = api.get("/openapi?format=JSON", null);
        assertTrue(doc.status() == 200, doc::toString);
        return doc.json();
    }

    /** Setting up people queues identity-sync and notification work: wait until nothing changes for 2 s. */
    private static void awaitQuiet(TenantDigest digest) throws InterruptedException {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
        String last = digest.now();
        int stable = 0;
        while (stable < 4 && System.nanoTime() < deadline) {
            Thread.sleep(500);
            String now = digest.now();
            stable = now.equals(last) ? stable + 1 : 0;
            last = now;
        }
    }

    private static String abbreviated(String body) {
        return body == null ? "" : body.length() > 120 ? body.substring(0, 120) + "…" : body;
    }
}
