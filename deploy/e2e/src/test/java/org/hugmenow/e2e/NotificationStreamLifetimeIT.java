package org.hugmenow.e2e;

import static org.hugmenow.e2e.WellnessFixtures.V1;
import static org.hugmenow.e2e.WellnessFixtures.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jwt.SignedJWT;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.hugmenow.e2e.WellnessFixtures.EventStream;
import org.hugmenow.e2e.WellnessFixtures.Person;
import org.hugmenow.launcher.Tokens;
import org.junit.jupiter.api.Test;

/**
 * A live notification stream lives no longer than the right to read it: it ends at the token's
 * expiry (the tests allow no clock skew), and when the person erases their data, is deactivated
 * through SCIM, or their tenant is suspended, each time with a last event saying why.
 */
class NotificationStreamLifetimeIT extends DeployedAppIT {

    private static final int TOKEN_SECONDS = 12;

    @Test
    void endsWhenTheTokenExpires() throws Exception {
        String slug = Tenants.uniqueSlug("expiry");
        tenants.provision(slug);
        stack.keycloakAdmin.updateRealm(slug, Json.createObjectBuilder().add("accessTokenLifespan", TOKEN_SECONDS).build());
        String token = tenants.tokenFor(slug, "tia", List.of("employee"));
        Instant expiry = SignedJWT.parse(token).getJWTClaimsSet().getExpirationTime().toInstant();

        try (EventStream stream = EventStream.open(api, token)) {
            Thread.sleep(Math.max(0, Duration.between(Instant.now(), expiry.minusSeconds(3)).toMillis()));
            assertFalse(stream.ended(), "open while the token is valid");
            stream.awaitEnd(Duration.between(Instant.now(), expiry.plusSeconds(4)));
            Instant endedAt = Instant.now();
            System.out.println("stream ended " + Duration.between(expiry, endedAt).toMillis() + " ms after the token's exp");
            assertTrue(!endedAt.isBefore(expiry.minusSeconds(1)), "ended at " + endedAt + ", token expires " + expiry);
            assertEnded(stream, "token-expired");
        }
    }

    @Test
    void endsWhenThePersonErasesTheirData() throws Exception {
        Person eve = person(api, tenants, tenants.provisionWithUser("erase", "hanna", List.of("hr-admin")).slug(), "eve", "employee");
        try (EventStream stream = EventStream.open(api, eve.token())) {
            long erased = System.nanoTime();
            assertEquals(204, api.delete(V1 + "/me", eve.token()).status());
            report("erasure", erased, stream.awaitEnd(Duration.ofSeconds(5)));
            assertEnded(stream, "personal-data-erased");
        }
    }

    @Test
    void endsWhenScimDeactivatesThePerson() throws Exception {
        String slug = Tenants.uniqueSlug("deact");
        tenants.provision(slug);
        Person ivy = person(api, tenants, slug, "ivy", "it-admin");
        Api.Reply issued = api.post(V1 + "/admin/scim-tokens", ivy.token(), "{\"kind\":\"token\",\"label\":\"IdP\"}");
        assertEquals(201, issued.status(), issued::toString);
        Scim scim = Scim.bearer(api, issued.json().getString("token"));
        String userName = "dan-" + WellnessFixtures.letters(6);
        String id = Scim.created(scim.post("/Users", Scim.user(userName, "Dan", "Dare").build()));
        awaitRealmUserEnabled(slug, id);
        stack.keycloakAdmin.setPassword(slug, userName, Tenants.PASSWORD);
        String token = Tokens.passwordGrant(stack.keycloak.url(), slug, userName, Tenants.PASSWORD);
        assertEquals(200, api.get(V1 + "/me", token).status());

        try (EventStream stream = EventStream.open(api, token)) {
            long deactivated = System.nanoTime();
            Api.Reply off = scim.patch("/Users/" + id, Scim.patch(Json.createObjectBuilder().add("op", "replace")
                    .add("value", Json.createObjectBuilder().add("active", false))), null);
            assertEquals(200, off.status(), off::toString);
            report("deactivation", deactivated, stream.awaitEnd(Duration.ofSeconds(5)));
            assertEnded(stream, "account-deactivated");
        }
    }

    @Test
    void endsWhenTheTenantIsSuspended() throws Exception {
        Tenants.Login sue = tenants.provisionWithUser("susp", "sue", List.of("employee"));
        assertEquals(200, api.get(V1 + "/me", sue.token()).status());
        try (EventStream stream = EventStream.open(api, sue.token())) {
            long suspendedAt = System.nanoTime();
            Api.Reply suspended = api.post("/api/v1/platform/tenants/" + sue.slug() + "/suspend", tenants.operatorToken(), null);
            assertEquals(200, suspended.status(), suspended::toString);
            report("suspension", suspendedAt, stream.awaitEnd(Duration.ofSeconds(10)));
            assertEnded(stream, "tenant-unavailable");
        }
    }

    private static void report(String cause, long startedNanos, long endedNanos) {
        System.out.println("stream ended " + (endedNanos - startedNanos) / 1_000_000 + " ms after the " + cause + " request was sent");
    }

    private static void assertEnded(EventStream stream, String reason) throws InterruptedException {
        List<String> last = stream.awaitEvent("stream-ended", Duration.ofSeconds(1));
        assertTrue(last.stream().anyMatch(l -> l.startsWith("data: ") && l.contains("\"" + reason + "\"")), last::toString);
    }

    private void awaitRealmUserEnabled(String slug, String id) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            JsonValue user = stack.keycloakAdmin.json(slug + "/users/" + id);
            if (user instanceof JsonObject u && u.getBoolean("enabled", false)) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("realm user " + id + " was not created and enabled");
    }
}
