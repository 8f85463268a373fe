package org.hugmenow.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.hugmenow.launcher.Tokens;
import org.junit.jupiter.api.Test;

/**
 * A platform operator cannot take over a tenant's first admin: once the admin has activated, no
 * set-password link is issued or honoured, and the audit names whoever issued the link used.
 */
class OperatorTakeoverIT extends DeployedAppIT {

    private static final String ADMIN_PASSWORD = "the-admins-own-password";
    private static final String OPERATOR_PASSWORD = "the-operators-password";

    @Test
    void noNewLinkOnceTheFirstAdminHasActivated() throws Exception {
        String slug = Tenants.uniqueSlug("takeover");
        String firstLink = createAndAwaitActive(slug);
        assertEquals(200, activate(firstLink, ADMIN_PASSWORD).status());

        Api.Reply refused = api.post(linkPath(slug), tenants.operatorToken(), null);
        assertEquals(409, refused.status(), refused::toString);
        assertEquals("application/problem+json", refused.contentType());
        assertTrue(refused.json().getString("detail").contains("Forgot password"), refused.body());

        stack.keycloakAdmin.addDevClient(slug);
        assertTrue(canSignIn(slug, ADMIN_PASSWORD), "the admin's password still works");
    }

    @Test
    void aLinkIssuedBeforeActivationDiesWithIt() throws Exception {
        String slug = Tenants.uniqueSlug("takeover");
        String firstLink = createAndAwaitActive(slug);
        Api.Reply spare = api.post(linkPath(slug), tenants.operatorToken(), null);
        assertEquals(200, spare.status(), "a new link while the admin has not activated: " + spare);
        String spareLink = token(spare.json().getString("setPasswordUrl"));

        assertEquals(200, activate(firstLink, ADMIN_PASSWORD).status());
        Api.Reply late = activate(spareLink, OPERATOR_PASSWORD);
        assertEquals(410, late.status(), "a second link cannot reset the activated admin: " + late);

        stack.keycloakAdmin.addDevClient(slug);
        assertTrue(canSignIn(slug, ADMIN_PASSWORD));
        assertFalse(canSignIn(slug, OPERATOR_PASSWORD));
    }

    @Test
    void theAuditNamesTheOperatorWhoIssuedTheLinkNotTheAdmin() throws Exception {
        String slug = Tenants.uniqueSlug("takeover");
        createAndAwaitActive(slug);
        Api.Reply reissued = api.post(linkPath(slug), tenants.operatorToken(), null);
        assertEquals(200, activate(token(reissued.json().getString("setPasswordUrl")), OPERATOR_PASSWORD).status());

        JsonObject activated = api.get("/api/v1/platform/tenants/" + slug + "/audit", tenants.operatorToken()).array().stream()
                .map(JsonValue::asJsonObject).filter(e -> e.getString("action").equals("first-admin.activated"))
                .findFirst().orElseThrow();
        assertEquals("operator:olivia", activated.getString("actor"), activated::toString);
        assertTrue(activated.getString("detail").contains("admin"), activated::toString);
    }

    private String createAndAwaitActive(String slug) throws Exception {
        Api.Reply created = api.post("/api/v1/platform/tenants", tenants.operatorToken(), Tenants.createBody(slug));
        assertEquals(202, created.status(), created::toString);
        tenants.awaitStatus(slug, "active", Duration.ofSeconds(90));
        return token(created.json().getJsonObject("initialAdmin").getString("setPasswordUrl"));
    }

    private boolean canSignIn(String slug, String password) {
        try {
            Tokens.passwordGrant(stack.keycloak.url(), slug, "admin", password);
            return true;
        } catch (Exception | AssertionError refused) {
            return false;
        }
    }

    private static String linkPath(String slug) {
        return "/api/v1/platform/tenants/" + slug + "/activation-link";
    }

    private static String token(String link) {
        return URI.create(link).getQuery().substring("token=".length());
    }

    private Api.Reply activate(String token, String password) {
        String form = "token=" + URLEncoder.encode(token, StandardCharsets.UTF_8) + "&password=" + password + "&confirm=" + password;
        return api.send("POST", "/api/v1/activation", null, form, "application/x-www-form-urlencoded");
    }
}
