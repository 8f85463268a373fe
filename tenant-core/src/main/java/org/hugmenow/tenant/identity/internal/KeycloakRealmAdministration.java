package org.hugmenow.tenant.identity.internal;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.hugmenow.platform.config.TenantCoreConfig;
import org.hugmenow.platform.json.Jsons;
import org.hugmenow.platform.security.Roles;
import org.hugmenow.tenant.identity.IdentityProviderUnavailable;
import org.hugmenow.tenant.identity.RealmAdministration;

/**
 * Keycloak's admin REST API over the JDK HTTP client. Every call is idempotent, so each is
 * retried with backoff; a circuit breaker stops hammering a Keycloak that is down.
 */
@ApplicationScoped
@Timeout(20_000)
@Retry(maxRetries = 2, delay = 300, jitter = 200, retryOn = IdentityProviderUnavailable.class)
@CircuitBreaker(requestVolumeThreshold = 6, failureRatio = 0.8, delay = 5_000, successThreshold = 1,
        failOn = IdentityProviderUnavailable.class)
public class KeycloakRealmAdministration implements RealmAdministration {

    @Inject
    TenantCoreConfig config;

    private KeycloakHttp http;

    @PostConstruct
    void init() {
        http = new KeycloakHttp(config);
    }

    @Override
    public boolean realmExists(String server, String realm) {
        return expect(http.send(server, "GET", realmPath(realm), null), 200, 404).statusCode() == 200;
    }

    static final String OWNER_ATTRIBUTE = "hugmenowTenantId";

    @Override
    public void createRealm(String server, String ownerTenantId, JsonObject realm) {
        JsonObject owned = Json.createObjectBuilder(realm)
                .add("attributes", Jsons.object().add(OWNER_ATTRIBUTE, ownerTenantId)).build();
        if (expect(http.send(server, "POST", "/admin/realms", owned), 201, 409).statusCode() == 409) {
            JsonObject existing = (JsonObject) KeycloakHttp.parse(expect(http.send(server, "GET",
                    realmPath(realm.getString("realm")), null), 200).body());
            JsonObject attributes = existing.getJsonObject("attributes");
            if (attributes == null || !ownerTenantId.equals(attributes.getString(OWNER_ATTRIBUTE, null))) {
                throw new IllegalStateException("realm " + realm.getString("realm") + " exists and belongs to someone else");
            }
        }
    }

    @Override
    public void deleteRealm(String server, String realm) {
        expect(http.send(server, "DELETE", realmPath(realm), null), 204, 404);
    }

    @Override
    public String ensureUser(String server, String realm, NewUser user) {
        Optional<String> existing = findUserId(server, realm, user.username());
        if (existing.isPresent()) {
            return existing.get();
        }
        JsonObject body = Jsons.object()
                .add("username", user.username())
                .add("email", user.email())
                .add("firstName", user.firstName())
                .add("lastName", user.lastName())
                .add("enabled", true)
                .add("emailVerified", true)
                .build();
        expect(http.send(server, "POST", realmPath(realm) + "/users", body), 201, 409);
        return findUserId(server, realm, user.username())
                .orElseThrow(() -> new IdentityProviderUnavailable("user " + user.username() + " vanished after creation", null));
    }

    @Override
    public void grantRealmRoles(String server, String realm, String userId, List<String> roles) {
        JsonArrayBuilder representations = Jsons.array();
        for (String role : roles) {
            HttpResponse<String> found = expect(http.send(server, "GET",
                    realmPath(realm) + "/roles/" + KeycloakHttp.encode(role), null), 200);
            representations.add(KeycloakHttp.parse(found.body()));
        }
        expect(http.send(server, "POST", realmPath(realm) + "/users/" + KeycloakHttp.encode(userId) + "/role-mappings/realm",
                representations.build()), 204);
    }

    @Override
    public void setPassword(String server, String realm, String userId, String password, boolean temporary) {
        JsonObject credential = Jsons.object()
                .add("type", "password").add("value", password).add("temporary", temporary).build();
        HttpResponse<String> response = http.send(server, "PUT",
                realmPath(realm) + "/users/" + KeycloakHttp.encode(userId) + "/reset-password", credential);
        if (response.statusCode() == 400) {
            throw new IllegalArgumentException("the password does not meet the realm's password policy");
        }
        expect(response, 204);
    }

    @Override
    public Optional<String> findUserId(String server, String realm, String username) {
        HttpResponse<String> response = expect(http.send(server, "GET", realmPath(realm) + "/users?exact=true&username="
                + KeycloakHttp.encode(username), null), 200);
        JsonArray users = (JsonArray) KeycloakHttp.parse(response.body());
        return users.isEmpty() ? Optional.empty() : Optional.of(users.getJsonObject(0).getString("id"));
    }

    @Override
    public List<JsonObject> users(String server, String realm) {
        List<JsonObject> all = new ArrayList<>();
        if (!realmExists(server, realm)) {
            return all;
        }
        int page = 500;
        for (int first = 0; ; first += page) {
            HttpResponse<String> response = expect(http.send(server, "GET",
                    realmPath(realm) + "/users?briefRepresentation=true&first=" + first + "&max=" + page, null), 200);
            JsonArray users = (JsonArray) KeycloakHttp.parse(response.body());
            users.stream().map(JsonValue::asJsonObject).forEach(all::add);
            if (users.size() < page) {
                return all;
            }
        }
    }

    @Override
    public void importUsers(String server, String realm, List<ImportedUser> users) {
        if (users.isEmpty()) {
            return;
        }
        JsonArrayBuilder representations = Jsons.array();
        for (ImportedUser user : users) {
            representations.add(profile(user).add("id", user.id()).add("username", user.username())
                    .add("realmRoles", Jsons.array().add(Roles.EMPLOYEE)));
        }
        JsonObject body = Jsons.object().add("ifResourceExists", "SKIP").add("users", representations).build();
        refuseInvalid(http.send(server, "POST", realmPath(realm) + "/partialImport", body), 200);
    }

    @Override
    public boolean updateUser(String server, String realm, ImportedUser user) {
        return refuseInvalid(http.send(server, "PUT", userPath(realm, user.id()), profile(user).build()), 204, 404)
                .statusCode() == 204;
    }

    @Override
    public void logoutUser(String server, String realm, String userId) {
        expect(http.send(server, "POST", userPath(realm, userId) + "/logout", null), 204, 404);
    }

    @Override
    public void deleteUser(String server, String realm, String userId) {
        expect(http.send(server, "DELETE", userPath(realm, userId), null), 204, 404);
    }

    @Override
    public List<String> disablePasswordGrants(String server, String realm, java.util.Set<String> allowed) {
        HttpResponse<String> listed = expect(http.send(server, "GET", realmPath(realm) + "/clients", null), 200, 404);
        List<String> changed = new ArrayList<>();
        if (listed.statusCode() == 404) {
            return changed;
        }
        for (JsonValue value : (JsonArray) KeycloakHttp.parse(listed.body())) {
            JsonObject client = value.asJsonObject();
            String clientId = client.getString("clientId", "");
            if (client.getBoolean("directAccessGrantsEnabled", false) && !allowed.contains(clientId)) {
                // The whole representation goes back with one field changed, as the admin console does.
                JsonObject updated = Json.createObjectBuilder(client).add("directAccessGrantsEnabled", false).build();
                expect(http.send(server, "PUT", realmPath(realm) + "/clients/" + KeycloakHttp.encode(client.getString("id")),
                        updated), 204);
                changed.add(clientId);
            }
        }
        return changed;
    }

    @Override
    public boolean ensureClient(String server, String realm, JsonObject client) {
        return expect(http.send(server, "POST", realmPath(realm) + "/clients", client), 201, 404, 409).statusCode() == 201;
    }

    /** Only fields that have a value: Keycloak keeps what an update leaves out, and an import needs no nulls. */
    private static JsonObjectBuilder profile(ImportedUser user) {
        JsonObjectBuilder rep = Jsons.object().add("enabled", user.enabled());
        addPresent(rep, "email", user.email());
        addPresent(rep, "firstName", user.firstName());
        addPresent(rep, "lastName", user.lastName());
        return rep;
    }

    private static void addPresent(JsonObjectBuilder rep, String name, String value) {
        if (value != null) {
            rep.add(name, value);
        }
    }

    /** 400 and 409 are about the data sent, so the caller can set that user aside instead of retrying. */
    private static HttpResponse<String> refuseInvalid(HttpResponse<String> response, int... accepted) {
        if (response.statusCode() == 400 || response.statusCode() == 409) {
            throw new UserRefused(response.statusCode(), "Keycloak refused the user data (" + response.statusCode() + "): "
                    + abbreviate(response.body()));
        }
        return expect(response, accepted);
    }

    private static String userPath(String realm, String userId) {
        return realmPath(realm) + "/users/" + KeycloakHttp.encode(userId);
    }

    private static String realmPath(String realm) {
        return "/admin/realms/" + KeycloakHttp.encode(realm);
    }

    private static HttpResponse<String> expect(HttpResponse<String> response, int... accepted) {
        return KeycloakResponses.expect(response, accepted);
    }

    private static String abbreviate(String body) {
        return KeycloakResponses.abbreviate(body);
    }
}
