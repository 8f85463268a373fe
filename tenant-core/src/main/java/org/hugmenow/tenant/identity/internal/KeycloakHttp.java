package org.hugmenow.tenant.identity.internal;

import jakarta.json.JsonObject;
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
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.hugmenow.platform.config.TenantCoreConfig;
import org.hugmenow.platform.json.Jsons;
import org.hugmenow.tenant.identity.IdentityProviderUnavailable;

/** HTTP to Keycloak's admin API with timeouts and a cached admin token per server. */
final class KeycloakHttp {

    private final HttpClient client;
    private final TenantCoreConfig config;
    private final Map<String, CachedToken> tokens = new ConcurrentHashMap<>();

    KeycloakHttp(TenantCoreConfig config) {
        this.config = config;
        this.client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    }

    HttpResponse<String> send(String server, String method, String path, JsonStructure body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(trim(server) + path))
                .timeout(config.keycloakTimeout())
                .header("Authorization", "Bearer " + adminToken(server))
                .header("Accept", "application/json");
        if (body != null) {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body.toString()));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> response = exchange(request.build());
        if (response.statusCode() == 401) {
            tokens.remove(server);
        }
        if (response.statusCode() >= 500 || response.statusCode() == 401) {
            throw new IdentityProviderUnavailable("Keycloak answered " + response.statusCode() + " to " + method + " " + path, null);
        }
        return response;
    }

    private static IllegalStateException noCredentials() {
        return new IllegalStateException("no Keycloak admin credentials configured: set HUGMENOW_KEYCLOAK_ADMIN_CLIENT_SECRET,"
                + " or HUGMENOW_KEYCLOAK_ADMIN_USERNAME and HUGMENOW_KEYCLOAK_ADMIN_PASSWORD");
    }

    static JsonStructure parse(String body) {
        return Jsons.reader(new StringReader(body)).read();
    }

    private String adminToken(String server) {
        CachedToken cached = tokens.get(server);
        if (cached != null && cached.expiresAt.isAfter(Instant.now().plusSeconds(10))) {
            return cached.value;
        }
        Map<String, String> form = config.keycloakAdminClientSecret()
                .map(secret -> Map.of("grant_type", "client_credentials", "client_id", config.keycloakAdminClientId(),
                        "client_secret", secret))
                .orElseGet(() -> Map.of("grant_type", "password", "client_id", config.keycloakAdminClientId(),
                        "username", config.keycloakAdminUsername().orElseThrow(KeycloakHttp::noCredentials),
                        "password", config.keycloakAdminPassword().orElseThrow(KeycloakHttp::noCredentials)));
        HttpRequest request = HttpRequest.newBuilder(URI.create(trim(server) + "/realms/" + config.keycloakAdminRealm()
                        + "/protocol/openid-connect/token"))
                .timeout(config.keycloakTimeout())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formEncode(form)))
                .build();
        HttpResponse<String> response = exchange(request);
        if (response.statusCode() != 200) {
            throw new IdentityProviderUnavailable("Keycloak refused the admin credentials (" + response.statusCode() + ")", null);
        }
        JsonObject token = (JsonObject) parse(response.body());
        CachedToken fresh = new CachedToken(token.getString("access_token"),
                Instant.now().plusSeconds(token.getJsonNumber("expires_in").longValue()));
        tokens.put(server, fresh);
        return fresh.value;
    }

    private HttpResponse<String> exchange(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IdentityProviderUnavailable("Keycloak is unreachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IdentityProviderUnavailable("interrupted while calling Keycloak", e);
        }
    }

    static String formEncode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String trim(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private record CachedToken(String value, Instant expiresAt) {
    }
}
