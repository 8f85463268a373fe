package org.hugmenow.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.hugmenow.launcher.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Tokens from real Keycloak realms: what is accepted, what is refused, and why. */
class AuthenticationIT extends DeployedAppIT {

    private static String tenant;
    private static String other;

    @BeforeEach
    void setUp() throws Exception {
        if (tenant == null) {
            tenant = Tenants.uniqueSlug("auth");
            other = Tenants.uniqueSlug("other");
            tenants.provision(tenant);
            tenants.provision(other);
        }
    }

    @Test
    void meShowsTheTenantUserAndRolesFromTheToken() throws Exception {
        String token = tenants.tokenFor(tenant, "erin", List.of("employee", "team-lead"));
        Api.Reply me = api.get("/api/v1/me", token);
        assertEquals(200, me.status(), me::toString);
        assertEquals(tenant, me.json().getJsonObject("tenant").getString("slug"));
        assertEquals("erin", me.json().getString("username"));
        assertEquals(stack.keycloakAdmin.userId(tenant, "erin"), me.json().getString("userId"));
        assertEquals(List.of("employee", "team-lead"), me.json().getJsonArray("roles").getValuesAs(
                v -> ((jakarta.json.JsonString) v).getString()));
        assertTrue(me.header("X-Request-Id") != null);
    }

    @Test
    void operatorsHaveNoTenant() throws Exception {
        Api.Reply me = api.get("/api/v1/me", tenants.operatorToken());
        assertEquals(200, me.status());
        assertEquals(JsonValue.NULL, me.json().getOrDefault("tenant", JsonValue.NULL));
        assertEquals("[\"platform-operator\"]", me.json().getJsonArray("roles").toString());
        Api.Reply settings = api.get("/api/v1/tenant/settings", tenants.operatorToken());
        assertEquals(403, settings.status(), "an operator token reaches no tenant data");
    }

    @Test
    void aTenantRoleNamedLikeThePlatformRoleGrantsNothing() throws Exception {
        String realm = other;
        stack.keycloakAdmin.createRealmRole(realm, "platform-operator");
        String token = tenants.tokenFor(realm, "mallory", List.of("employee", "platform-operator"));
        assertEquals("[\"employee\"]", api.get("/api/v1/me", token).json().getJsonArray("roles").toString());
        assertEquals(403, api.get("/api/v1/platform/tenants", token).status());
    }

    @Test
    void missingAndMalformedTokensGet401() {
        for (String header : new String[] {null, "", "garbage", "a.b.c"}) {
            Api.Reply reply = api.get("/api/v1/me", header);
            assertEquals(401, reply.status(), "token " + header);
            assertEquals("application/problem+json", reply.contentType());
            assertEquals("Bearer", reply.header("WWW-Authenticate"));
        }
        Api.Reply basic = api.send("GET", "/api/v1/me", null, null, null);
        assertEquals(401, basic.status());
    }

    @Test
    void aForgedSignatureGets401() throws Exception {
        String genuine = tenants.tokenFor(tenant, "erin", List.of("employee"));
        SignedJWT real = SignedJWT.parse(genuine);
        RSAKey forger = new RSAKeyGenerator(2048).keyID(real.getHeader().getKeyID()).generate();
        SignedJWT forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(forger.getKeyID()).build(),
                real.getJWTClaimsSet());
        forged.sign(new RSASSASigner(forger));
        Api.Reply reply = api.get("/api/v1/me", forged.serialize());
        assertEquals(401, reply.status(), reply::toString);
        assertTrue(reply.json().getString("detail").contains("signature"));
    }

    @Test
    void anUnsignedTokenGets401() throws Exception {
        JWTClaimsSet claims = SignedJWT.parse(tenants.tokenFor(tenant, "erin", List.of("employee"))).getJWTClaimsSet();
        String unsigned = new com.nimbusds.jwt.PlainJWT(claims).serialize();
        assertEquals(401, api.get("/api/v1/me", unsigned).status());
    }

    @Test
    void anExpiredTokenGets401() throws Exception {
        String realm = Tenants.uniqueSlug("exp");
        tenants.provision(realm);
        stack.keycloakAdmin.updateRealm(realm, Json.createObjectBuilder().add("accessTokenLifespan", 2).build());
        String token = tenants.tokenFor(realm, "erin", List.of("employee"));
        assertEquals(200, api.get("/api/v1/me", token).status());
        Thread.sleep(3500);
        Api.Reply reply = api.get("/api/v1/me", token);
        assertEquals(401, reply.status(), reply::toString);
    }

    @Test
    void aTokenForAnotherAudienceGets401() throws Exception {
        stack.keycloakAdmin.createClient(tenant, Json.createObjectBuilder().add("clientId", "other-app")
                .add("publicClient", true).add("directAccessGrantsEnabled", true).build());
        stack.keycloakAdmin.ensureUser(tenant, "erin", Tenants.PASSWORD, List.of("employee"));
        String token = Tokens.passwordGrant(stack.keycloak.url(), tenant, "erin", Tenants.PASSWORD, "other-app");
        assertTrue(!SignedJWT.parse(token).getJWTClaimsSet().getAudience().contains("hugmenow-api"));
        assertEquals(401, api.get("/api/v1/me", token).status());
    }

    @Test
    void aRealmThatIsNoTenantGets401() throws Exception {
        String stranger = Tenants.uniqueSlug("stranger");
        stack.keycloakAdmin.createRealmFromTemplate("keycloak-realm/tenant-realm.json",
                Map.of("REALM", stranger, "DISPLAY_NAME", stranger, "APP_URL", "http://127.0.0.1"));
        stack.keycloakAdmin.addDevClient(stranger);
        String token = tenants.tokenFor(stranger, "erin", List.of("employee"));
        Api.Reply reply = api.get("/api/v1/me", token);
        assertEquals(401, reply.status(), reply::toString);
    }

    @Test
    void aSuspendedTenantGets403UntilResumed() throws Exception {
        String realm = Tenants.uniqueSlug("susp");
        tenants.provision(realm);
        String token = tenants.tokenFor(realm, "erin", List.of("employee"));
        assertEquals(200, api.get("/api/v1/me", token).status());
        assertEquals(200, api.post("/api/v1/platform/tenants/" + realm + "/suspend", tenants.operatorToken(), null).status());
        Api.Reply refused = awaitStatus(token, 403);
        assertTrue(refused.json().getString("detail").contains("suspended"));
        assertEquals(409, api.post("/api/v1/platform/tenants/" + realm + "/suspend", tenants.operatorToken(), null).status());
        assertEquals(200, api.post("/api/v1/platform/tenants/" + realm + "/resume", tenants.operatorToken(), null).status());
        awaitStatus(token, 200);
    }

    @Test
    void afterKeyRotationNewTokensAreAcceptedWithoutRestart() throws Exception {
        String before = tenants.tokenFor(tenant, "erin", List.of("employee"));
        assertEquals(200, api.get("/api/v1/me", before).status());
        stack.keycloakAdmin.rotateSigningKey(tenant, 500);
        String after = Tokens.passwordGrant(stack.keycloak.url(), tenant, "erin", Tenants.PASSWORD);
        assertNotEquals(SignedJWT.parse(before).getHeader().getKeyID(), SignedJWT.parse(after).getHeader().getKeyID());
        awaitStatus(after, 200);
    }

    private Api.Reply awaitStatus(String token, int status) {
        return Api.poll(() -> api.get("/api/v1/me", token), r -> r.status() == status, Duration.ofSeconds(10),
                "GET /api/v1/me to answer " + status);
    }
}
