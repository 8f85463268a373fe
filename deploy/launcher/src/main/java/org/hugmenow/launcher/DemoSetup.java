package org.hugmenow.launcher;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.hugmenow.realm.RealmTemplate;

/**
 * Demo data for local runs: the platform realm with operator olivia, and tenant acme created
 * through the real provisioning API, then given the password-grant client and one user per role.
 * Every step is idempotent, so a second run finds everything in place.
 */
public final class DemoSetup {

    public static final String PASSWORD = "demo";
    public static final Map<String, List<String>> ACME_USERS = Map.of(
            "emma", List.of("employee"),
            "tom", List.of("team-lead", "employee"),
            "hanna", List.of("hr-admin", "employee"),
            "ivan", List.of("it-admin", "employee"),
            "fiona", List.of("finance", "employee"));

    private final KeycloakAdmin keycloak;
    private final String keycloakUrl;
    private final String appUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    public DemoSetup(KeycloakAdmin keycloak, String keycloakUrl, String appUrl) {
        this.keycloak = keycloak;
        this.keycloakUrl = keycloakUrl;
        this.appUrl = appUrl;
    }

    /** Platform realm and operator; needed before the app can be asked for anything. */
    public void platformRealm() throws IOException {
        Map<String, String> values = Map.of("REALM", "platform", "APP_URL", appUrl);
        keycloak.createRealmFromTemplate(RealmTemplate.PLATFORM, values);
        // A platform realm from a run before the console existed gets the console's client too.
        keycloak.createClient("platform", RealmTemplate.client(RealmTemplate.PLATFORM, values, RealmTemplate.CONSOLE_CLIENT_ID));
        keycloak.addDevClient("platform");
        keycloak.ensureUser("platform", "olivia", PASSWORD, List.of("platform-operator"));
    }

    public void demoTenant(String slug, String name) throws Exception {
        String operator = Tokens.passwordGrant(keycloakUrl, "platform", "olivia", PASSWORD);
        JsonObject body = Json.createObjectBuilder()
                .add("slug", slug).add("name", name).add("plan", "premium")
                .add("firstAdmin", Json.createObjectBuilder().add("username", "hanna").add("email", "hanna@" + slug + ".example")
                        .add("firstName", "Hanna").add("lastName", "Demo"))
                .build();
        HttpResponse<String> created = send("POST", "/api/v1/platform/tenants", operator, body.toString());
        if (created.statusCode() != 202 && created.statusCode() != 409) {
            throw new IOException("creating tenant " + slug + " answered " + created.statusCode() + ": " + created.body());
        }
        awaitActive(slug, operator);
        keycloak.addDevClient(slug);
        for (var user : ACME_USERS.entrySet()) {
            keycloak.ensureUser(slug, user.getKey(), PASSWORD, user.getValue());
        }
        keycloak.setPassword(slug, "hanna", PASSWORD);
        new DemoWellness(keycloakUrl, appUrl).seed(slug, PASSWORD);
        new DemoInsights(keycloak, keycloakUrl, appUrl).seed(slug, PASSWORD);
    }

    private void awaitActive(String slug, String token) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            HttpResponse<String> r = send("GET", "/api/v1/platform/tenants/" + slug, token, null);
            if (r.statusCode() == 200 && r.body().contains("\"status\":\"active\"")) {
                return;
            }
            Thread.sleep(500);
        }
        throw new IOException("tenant " + slug + " did not become active in time");
    }

    private HttpResponse<String> send(String method, String path, String token, String json) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(appUrl + path))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token);
        if (json != null) {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
