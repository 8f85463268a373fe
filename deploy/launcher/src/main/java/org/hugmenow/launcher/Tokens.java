package org.hugmenow.launcher;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** Password-grant tokens from a demo realm's {@code hugmenow-dev} client, for scripts and tests. */
public final class Tokens {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    private Tokens() {
    }

    public static String passwordGrant(String keycloakUrl, String realm, String username, String password) throws IOException {
        return passwordGrant(keycloakUrl, realm, username, password, "hugmenow-dev");
    }

    public static String passwordGrant(String keycloakUrl, String realm, String username, String password, String clientId)
            throws IOException {
        return token(keycloakUrl, realm, KeycloakAdmin.form(Map.of("grant_type", "password", "client_id", clientId,
                "username", username, "password", password, "scope", "openid")));
    }

    /** A service account's token, as a provisioning client gets it. */
    public static String clientCredentials(String keycloakUrl, String realm, String clientId, String secret) throws IOException {
        return token(keycloakUrl, realm, KeycloakAdmin.form(Map.of("grant_type", "client_credentials",
                "client_id", clientId, "client_secret", secret)));
    }

    private static String token(String keycloakUrl, String realm, String form) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(keycloakUrl + "/realms/" + realm + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return ((JsonObject) KeycloakAdmin.read(KeycloakAdmin.expect(response, 200).body())).getString("access_token");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
