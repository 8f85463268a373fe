package org.hugmenow.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.hugmenow.launcher.Tokens;

/** Creates tenants the way operators do, through the provisioning API, plus test logins. */
public final class Tenants {

    public static final String PASSWORD = "test-password-1";

    private final Api api;
    private final TestStack stack;

    public Tenants(Api api, TestStack stack) {
        this.api = api;
        this.stack = stack;
    }

    public static String uniqueSlug(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public String operatorToken() throws Exception {
        return Tokens.passwordGrant(stack.keycloak.url(), "platform", "olivia", "demo");
    }

    /** Premium, so that every feature is open to the tests that are not about plans. */
    public static String createBody(String slug) {
        return createBody(slug, "premium");
    }

    public static String createBody(String slug, String plan) {
        return Json.createObjectBuilder().add("slug", slug).add("name", "Tenant " + slug).add("plan", plan)
                .add("firstAdmin", Json.createObjectBuilder().add("username", "admin").add("email", "admin@" + slug + ".example")
                        .add("firstName", "First").add("lastName", "Admin"))
                .build().toString();
    }

    /** Provisions a tenant, waits until active, and gives it a password-grant client for tests. */
    public void provision(String slug) throws Exception {
        provision(slug, createBody(slug));
    }

    /** Provisions a tenant from the given body, waits until active, and gives it a password-grant client for tests. */
    public void provision(String slug, String body) throws Exception {
        Api.Reply created = api.post("/api/v1/platform/tenants", operatorToken(), body);
        assertEquals(202, created.status(), created::toString);
        awaitStatus(slug, "active", Duration.ofSeconds(90));
        stack.keycloakAdmin.addDevClient(slug);
    }

    public String awaitStatus(String slug, String status, Duration timeout) throws Exception {
        String operator = operatorToken();
        return Api.poll(() -> api.get("/api/v1/platform/tenants/" + slug, operator),
                r -> r.status() == 200 && status.equals(r.json().getString("status")), timeout,
                "tenant " + slug + " to become " + status).body();
    }

    /** Provisions a tenant with a prefixed slug and returns it with a token for a user of the given roles. */
    public Login provisionWithUser(String prefix, String username, List<String> roles) throws Exception {
        String slug = uniqueSlug(prefix);
        provision(slug);
        return new Login(slug, tokenFor(slug, username, roles));
    }

    public record Login(String slug, String token) {
    }

    /** Registers an active tenant straight in the registry, as if made before the app started; its realm is the caller's job. */
    public static void registerActive(java.sql.Connection c, String slug, String keycloakUrl) throws java.sql.SQLException {
        try (java.sql.PreparedStatement s = c.prepareStatement("INSERT INTO platform.tenant (id, slug, name, status, plan,"
                + " keycloak_url, realm, issuer) VALUES (?, ?, ?, 'active', 'premium', ?, ?, ?)")) {
            s.setObject(1, UUID.randomUUID());
            s.setString(2, slug);
            s.setString(3, "Tenant " + slug);
            s.setString(4, keycloakUrl);
            s.setString(5, slug);
            s.setString(6, keycloakUrl + "/realms/" + slug);
            s.executeUpdate();
        }
    }

    /** A user of the tenant's realm with the given roles, and a token for them. */
    public String tokenFor(String slug, String username, List<String> roles) throws Exception {
        stack.keycloakAdmin.ensureUser(slug, username, PASSWORD, roles);
        return Tokens.passwordGrant(stack.keycloak.url(), slug, username, PASSWORD);
    }
}
