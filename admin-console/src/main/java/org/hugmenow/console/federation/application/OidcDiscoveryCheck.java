package org.hugmenow.console.federation.application;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hugmenow.console.federation.domain.CertificateFacts;
import org.hugmenow.console.federation.domain.ProviderCheck;
import org.hugmenow.platform.json.Jsons;
import org.hugmenow.platform.refusal.Refusal;

/**
 * Tests an OpenID Connect provider from its discovery URL: the document names its issuer and
 * endpoints, and its key set holds at least one signing key. Certificates in the keys' x5c chains
 * are shown with their expiry; the broker follows the key set, so key rotation needs nothing.
 */
final class OidcDiscoveryCheck {

    private OidcDiscoveryCheck() {
    }

    static ProviderCheck check(String discoveryUrl, boolean allowPrivate) {
        URI uri = MetadataFetch.address("discoveryUrl", discoveryUrl, allowPrivate);
        JsonObject document = json("discovery document", uri);
        String issuer = required(document, "issuer");
        String authorization = required(document, "authorization_endpoint");
        String token = required(document, "token_endpoint");
        String jwks = required(document, "jwks_uri");
        JsonObject keySet = json("key set", MetadataFetch.address("jwks_uri", jwks, allowPrivate));
        for (String endpoint : new String[] {authorization, token}) {
            MetadataFetch.address("discovery document", endpoint, allowPrivate);
        }
        JsonArray keys = keySet.containsKey("keys") && keySet.get("keys").getValueType() == JsonValue.ValueType.ARRAY
                ? keySet.getJsonArray("keys") : JsonValue.EMPTY_JSON_ARRAY;
        List<CertificateFacts> certificates = new ArrayList<>();
        int signing = 0;
        for (JsonValue value : keys) {
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                continue;
            }
            JsonObject key = value.asJsonObject();
            if (!"enc".equals(key.getString("use", "sig"))) {
                signing++;
                JsonArray chain = key.containsKey("x5c") ? key.getJsonArray("x5c") : null;
                if (chain != null && !chain.isEmpty() && chain.get(0) instanceof JsonString first) {
                    certificates.add(Certificates.read(first.getString()));
                }
            }
        }
        if (signing == 0) {
            throw Refusal.unprocessable("The provider's key set at " + jwks + " holds no signing key.");
        }
        Instant now = Instant.now();
        if (!certificates.isEmpty() && certificates.stream().allMatch(c -> c.expiredAt(now))) {
            throw Refusal.unprocessable("Every signing certificate in the provider's key set has expired.");
        }
        Map<String, String> endpoints = new LinkedHashMap<>();
        endpoints.put("issuer", issuer);
        endpoints.put("authorizationUrl", authorization);
        endpoints.put("tokenUrl", token);
        endpoints.put("jwksUrl", jwks);
        optional(document, "userinfo_endpoint").ifPresent(u -> endpoints.put("userInfoUrl", u));
        optional(document, "end_session_endpoint").ifPresent(u -> endpoints.put("logoutUrl", u));
        return new ProviderCheck(issuer, authorization, List.copyOf(certificates), Map.copyOf(endpoints));
    }

    private static JsonObject json(String what, URI uri) {
        String body = MetadataFetch.get(what, uri);
        try {
            return Jsons.parseObject(body);
        } catch (JsonException | ClassCastException e) {
            throw Refusal.unprocessable("The " + what + " at " + uri + " is not a JSON object.");
        }
    }

    private static String required(JsonObject document, String name) {
        return optional(document, name).orElseThrow(() -> Refusal.unprocessable("The discovery document names no " + name + "."));
    }

    private static java.util.Optional<String> optional(JsonObject document, String name) {
        return document.get(name) instanceof JsonString s && !s.getString().isBlank() ? java.util.Optional.of(s.getString())
                : java.util.Optional.empty();
    }
}
