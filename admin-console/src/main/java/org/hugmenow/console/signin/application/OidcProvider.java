package org.hugmenow.console.signin.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.hugmenow.platform.refusal.Refusal;

/**
 * The OpenID provider side of sign-in, for any issuer: its metadata from
 * {@code /.well-known/openid-configuration} (cached per issuer), the token endpoint for codes and
 * refreshes, and the back-channel logout of a refresh token. Nothing here assumes one realm per tenant.
 */
@ApplicationScoped
public class OidcProvider {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final long METADATA_TTL_NANOS = Duration.ofMinutes(30).toNanos();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final Map<String, Metadata> metadata = new ConcurrentHashMap<>();

    /** The endpoints of one issuer. */
    public record Metadata(String authorizationEndpoint, String tokenEndpoint, String endSessionEndpoint, long loadedAt) {
    }

    /** A token endpoint's answer; {@code refreshExpiresIn} is 0 when the provider does not say. */
    public record TokenAnswer(String accessToken, String refreshToken, String idToken, long expiresIn, long refreshExpiresIn) {

        @Override
        public String toString() {
            return "TokenAnswer[redacted]";
        }
    }

    public Metadata metadata(String issuer) {
        Metadata known = metadata.get(issuer);
        if (known != null && System.nanoTime() - known.loadedAt() < METADATA_TTL_NANOS) {
            return known;
        }
        JsonObject doc = send(HttpRequest.newBuilder(URI.create(issuer + "/.well-known/openid-configuration")).GET(), 200)
                .orElseThrow(() -> Refusal.unavailable("The sign-in service of this organization cannot be reached; try again shortly."));
        if (!issuer.equals(doc.getString("issuer", ""))) {
            throw Refusal.unavailable("The sign-in service answered for a different issuer.");
        }
        Metadata fresh = new Metadata(doc.getString("authorization_endpoint"), doc.getString("token_endpoint"),
                doc.getString("end_session_endpoint", null), System.nanoTime());
        metadata.put(issuer, fresh);
        return fresh;
    }

    /** Exchanges an authorization code (with its PKCE verifier); empty when the provider refuses it. */
    public Optional<TokenAnswer> exchangeCode(String issuer, String clientId, String code, String redirectUri, String verifier) {
        return token(issuer, Map.of("grant_type", "authorization_code", "client_id", clientId, "code", code,
                "redirect_uri", redirectUri, "code_verifier", verifier));
    }

    /** Empty when the provider no longer honours the refresh token: its session ended or was revoked. */
    public Optional<TokenAnswer> refresh(String issuer, String clientId, String refreshToken) {
        return token(issuer, Map.of("grant_type", "refresh_token", "client_id", clientId, "refresh_token", refreshToken));
    }

    /**
     * Ends the provider's session (RP-initiated logout over the back channel, as Keycloak offers it
     * for a refresh token), so no token travels in a browser URL. Best effort: false if it failed.
     */
    public boolean logout(String issuer, String clientId, String refreshToken) {
        Metadata endpoints = metadata(issuer);
        if (endpoints.endSessionEndpoint() == null) {
            return false;
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(endpoints.endSessionEndpoint()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("client_id", clientId, "refresh_token", refreshToken))));
        try {
            int status = http.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            return status == 204 || status == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private Optional<TokenAnswer> token(String issuer, Map<String, String> fields) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(metadata(issuer).tokenEndpoint()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields)));
        return send(request, 200).map(json -> new TokenAnswer(json.getString("access_token"),
                json.getString("refresh_token", null), json.getString("id_token", null),
                json.getJsonNumber("expires_in").longValue(),
                json.containsKey("refresh_expires_in") ? json.getJsonNumber("refresh_expires_in").longValue() : 0));
    }

    /** The JSON body of an expected answer; empty for a 4xx (refused); unavailable when the provider cannot be reached. */
    private Optional<JsonObject> send(HttpRequest.Builder request, int expected) {
        try {
            HttpResponse<String> response = http.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == expected) {
                try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
                    return Optional.of(reader.readObject());
                }
            }
            if (response.statusCode() >= 400 && response.statusCode() < 500) {
                return Optional.empty();
            }
            throw Refusal.unavailable("The sign-in service answered with an error; try again shortly.");
        } catch (IOException e) {
            throw Refusal.unavailable("The sign-in service cannot be reached; try again shortly.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw Refusal.unavailable("Interrupted while signing in.");
        }
    }

    static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
