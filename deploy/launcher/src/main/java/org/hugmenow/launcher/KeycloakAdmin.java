package org.hugmenow.launcher;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hugmenow.realm.RealmTemplate;

/** Keycloak admin calls the launcher and the tests need: demo realms, users, clients, keys. */
public final class KeycloakAdmin {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final String url;
    private final String adminUser;
    private final String adminPassword;

    public KeycloakAdmin(String url, String adminUser, String adminPassword) {
        this.url = url;
        this.adminUser = adminUser;
        this.adminPassword = adminPassword;
    }

    public boolean realmExists(String realm) throws IOException {
        return send("GET", "/admin/realms/" + realm, null).statusCode() == 200;
    }

    /** Creates a realm from a template in the keycloak-realm module, unless it exists. */
    public void createRealmFromTemplate(String template, Map<String, String> values) throws IOException {
        expect(send("POST", "/admin/realms", RealmTemplate.render(template, values)), 201, 409);
    }

    /** Creates a realm from a full representation, unless one of that name exists. */
    public void createRealm(JsonObject realm) throws IOException {
        expect(send("POST", "/admin/realms", realm), 201, 409);
    }

    /** Adds the password-grant client {@code hugmenow-dev} to a demo realm. */
    public void addDevClient(String realm) throws IOException {
        expect(send("POST", "/admin/realms/" + realm + "/clients", RealmTemplate.render(RealmTemplate.DEV_CLIENT, Map.of())), 201, 409);
    }

    public void createRealmRole(String realm, String role) throws IOException {
        expect(send("POST", "/admin/realms/" + realm + "/roles", Json.createObjectBuilder().add("name", role).build()), 201, 409);
    }

    public void createClient(String realm, JsonObject client) throws IOException {
        expect(send("POST", "/admin/realms/" + realm + "/clients", client), 201, 409);
    }

    public String ensureUser(String realm, String username, String password, List<String> roles) throws IOException {
        return ensureUser(realm, username, username + "@" + realm + ".example", password, roles);
    }

    /** A user with this e-mail address (verified), password and realm roles, unless the username exists. */
    public String ensureUser(String realm, String username, String email, String password, List<String> roles) throws IOException {
        JsonObject user = Json.createObjectBuilder()
                .add("username", username).add("email", email)
                .add("firstName", capitalize(username)).add("lastName", "Demo")
                .add("enabled", true).add("emailVerified", true)
                .add("credentials", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("type", "password").add("value", password).add("temporary", false)))
                .build();
        expect(send("POST", "/admin/realms/" + realm + "/users", user), 201, 409);
        String id = userId(realm, username);
        var mappings = Json.createArrayBuilder();
        for (String role : roles) {
            mappings.add(read(expect(send("GET", "/admin/realms/" + realm + "/roles/" + role, null), 200).body()));
        }
        expect(send("POST", "/admin/realms/" + realm + "/users/" + id + "/role-mappings/realm", mappings.build()), 204);
        return id;
    }

    public String userId(String realm, String username) throws IOException {
        JsonArray users = (JsonArray) read(expect(send("GET", "/admin/realms/" + realm
                + "/users?exact=true&username=" + username, null), 200).body());
        return users.getJsonObject(0).getString("id");
    }

    public void setPassword(String realm, String username, String password) throws IOException {
        JsonObject credential = Json.createObjectBuilder().add("type", "password").add("value", password)
                .add("temporary", false).build();
        expect(send("PUT", "/admin/realms/" + realm + "/users/" + userId(realm, username) + "/reset-password", credential), 204);
    }

    /** Any admin resource as JSON, for tests that check what the app did in Keycloak. */
    public JsonValue json(String path) throws IOException {
        HttpResponse<String> response = send("GET", "/admin/realms/" + path, null);
        return response.statusCode() == 404 ? JsonValue.NULL : read(expect(response, 200).body());
    }

    /** A count resource such as {@code <realm>/users/count}, which answers a bare number. */
    public long count(String path) throws IOException {
        return Long.parseLong(expect(send("GET", "/admin/realms/" + path, null), 200).body().strip());
    }

    /** Turns a client's direct access grants (the password grant) on or off, as an admin could by hand. */
    public void setDirectAccessGrants(String realm, String clientId, boolean enabled) throws IOException {
        JsonObject client = ((JsonArray) json(realm + "/clients?clientId=" + clientId)).getJsonObject(0);
        JsonObject changed = Json.createObjectBuilder(client).add("directAccessGrantsEnabled", enabled).build();
        expect(send("PUT", "/admin/realms/" + realm + "/clients/" + client.getString("id"), changed), 204);
    }

    /** Adds a redirect URI to a client, as an admin could by hand (tests whose app listens on a random port). */
    public void addRedirectUri(String realm, String clientId, String uri) throws IOException {
        JsonObject client = ((JsonArray) json(realm + "/clients?clientId=" + clientId)).getJsonObject(0);
        JsonArray uris = Json.createArrayBuilder(client.getJsonArray("redirectUris")).add(uri).build();
        JsonObject changed = Json.createObjectBuilder(client).add("redirectUris", uris).build();
        expect(send("PUT", "/admin/realms/" + realm + "/clients/" + client.getString("id"), changed), 204);
    }

    /** Adds a web origin (CORS for the token endpoint) to a client, for tests whose app listens on a random port. */
    public void addWebOrigin(String realm, String clientId, String origin) throws IOException {
        JsonObject client = ((JsonArray) json(realm + "/clients?clientId=" + clientId)).getJsonObject(0);
        JsonArray origins = Json.createArrayBuilder(client.getJsonArray("webOrigins")).add(origin).build();
        JsonObject changed = Json.createObjectBuilder(client).add("webOrigins", origins).build();
        expect(send("PUT", "/admin/realms/" + realm + "/clients/" + client.getString("id"), changed), 204);
    }

    /** The secret Keycloak generated for a confidential client. */
    public String clientSecret(String realm, String clientId) throws IOException {
        JsonArray clients = (JsonArray) json(realm + "/clients?clientId=" + clientId);
        String id = clients.getJsonObject(0).getString("id");
        return ((JsonObject) json(realm + "/clients/" + id + "/client-secret")).getString("value");
    }

    /** Gives a confidential client a new secret, as an admin rotating it would; the old one stops working. */
    public String regenerateClientSecret(String realm, String clientId) throws IOException {
        JsonArray clients = (JsonArray) json(realm + "/clients?clientId=" + clientId);
        String id = clients.getJsonObject(0).getString("id");
        expect(send("POST", "/admin/realms/" + realm + "/clients/" + id + "/client-secret", null), 200);
        return clientSecret(realm, clientId);
    }

    /** Sets realm settings such as {@code accessTokenLifespan}. */
    public void updateRealm(String realm, JsonObject changes) throws IOException {
        expect(send("PUT", "/admin/realms/" + realm, changes), 204);
    }

    /** Adds a new RSA signing key with a higher priority, so new tokens carry a new {@code kid}. */
    public void rotateSigningKey(String realm, long priority) throws IOException {
        JsonObject realmRep = (JsonObject) read(expect(send("GET", "/admin/realms/" + realm, null), 200).body());
        JsonObject component = Json.createObjectBuilder()
                .add("name", "rotated-" + priority)
                .add("providerId", "rsa-generated")
                .add("providerType", "org.keycloak.keys.KeyProvider")
                .add("parentId", realmRep.getString("id"))
                .add("config", Json.createObjectBuilder()
                        .add("priority", Json.createArrayBuilder().add(Long.toString(priority)))
                        .add("algorithm", Json.createArrayBuilder().add("RS256"))
                        .add("keySize", Json.createArrayBuilder().add("2048")))
                .build();
        expect(send("POST", "/admin/realms/" + realm + "/components", component), 201);
    }

    private HttpResponse<String> send(String method, String path, JsonStructure body) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + adminToken());
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body.toString()));
        }
        return exchange(request.build());
    }

    private String adminToken() throws IOException {
        String form = form(Map.of("grant_type", "password", "client_id", "admin-cli",
                "username", adminUser, "password", adminPassword));
        HttpResponse<String> response = exchange(HttpRequest.newBuilder(URI.create(url + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        return ((JsonObject) read(expect(response, 200).body())).getString("access_token");
    }

    private HttpResponse<String> exchange(HttpRequest request) throws IOException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    static HttpResponse<String> expect(HttpResponse<String> response, int... statuses) throws IOException {
        for (int status : statuses) {
            if (response.statusCode() == status) {
                return response;
            }
        }
        throw new IOException(response.request().method() + " " + response.request().uri() + " answered "
                + response.statusCode() + ": " + response.body());
    }

    static JsonStructure read(String json) {
        return Json.createReader(new StringReader(json)).read();
    }

    static String form(Map<String, String> values) {
        return values.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }


    private static String capitalize(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
