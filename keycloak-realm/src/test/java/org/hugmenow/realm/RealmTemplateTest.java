package org.hugmenow.realm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RealmTemplateTest {

    private final JsonObject realm = RealmTemplate.render(RealmTemplate.TENANT,
            Map.of("REALM", "acme", "DISPLAY_NAME", "Acme \"Quotes\" & Co", "APP_URL", "https://app.example"));

    @Test
    void rendersTheRealmWithEscapedValues() {
        assertEquals("acme", realm.getString("realm"));
        assertEquals("Acme \"Quotes\" & Co", realm.getString("displayName"));
    }

    @Test
    void declaresEveryTenantRole() {
        Set<String> roles = realm.getJsonObject("roles").getJsonArray("realm").stream()
                .map(r -> r.asJsonObject().getString("name")).collect(Collectors.toSet());
        assertEquals(Set.of("employee", "team-lead", "hr-admin", "it-admin", "finance", "scim-provisioner"), roles);
    }

    @Test
    void productionClientsHaveNoPasswordGrantAndCarryRolesAndAudience() {
        assertFalse(realm.containsKey("clientScopes"), "listing clientScopes drops Keycloak's default scopes");
        for (JsonValue value : realm.getJsonArray("clients")) {
            JsonObject client = value.asJsonObject();
            assertFalse(client.getBoolean("directAccessGrantsEnabled"), client.getString("clientId"));
            assertFalse(client.getString("clientId").equals("hugmenow-dev"));
            if (client.getString("clientId").equals("admin-cli")) {
                continue;
            }
            String mappers = client.getJsonArray("protocolMappers").toString();
            assertTrue(mappers.contains("oidc-audience-mapper") && mappers.contains("hugmenow-api"));
            assertTrue(mappers.contains("oidc-usermodel-realm-role-mapper") && mappers.contains("\"groups\""));
        }
    }

    @Test
    void keycloaksBuiltInAdminCliIsDeclaredWithoutThePasswordGrant() {
        // Left out, Keycloak creates admin-cli as a public client with direct access grants.
        JsonObject adminCli = realm.getJsonArray("clients").stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getString("clientId").equals("admin-cli")).findFirst().orElseThrow();
        assertFalse(adminCli.getBoolean("directAccessGrantsEnabled"));
        assertFalse(adminCli.getBoolean("standardFlowEnabled"));
    }

    @Test
    void aMissingValueIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> RealmTemplate.render(RealmTemplate.TENANT, Map.of("REALM", "x")));
    }

    @Test
    void theDevClientIsTheOnlyPasswordGrantClient() {
        JsonObject dev = RealmTemplate.render(RealmTemplate.DEV_CLIENT, Map.of());
        assertTrue(dev.getBoolean("directAccessGrantsEnabled"));
        assertEquals("hugmenow-dev", dev.getString("clientId"));
    }

    @Test
    void everyRealmDeclaresTheConsoleClientWithPkceAndOneExactRedirect() {
        JsonObject platform = RealmTemplate.render(RealmTemplate.PLATFORM, Map.of("REALM", "platform", "APP_URL", "https://app.example"));
        for (JsonObject rendered : new JsonObject[] {realm, platform}) {
            JsonObject console = rendered.getJsonArray("clients").stream().map(JsonValue::asJsonObject)
                    .filter(c -> c.getString("clientId").equals("hugmenow-console")).findFirst().orElseThrow();
            assertTrue(console.getBoolean("publicClient") && console.getBoolean("standardFlowEnabled"));
            assertFalse(console.getBoolean("implicitFlowEnabled") || console.getBoolean("directAccessGrantsEnabled"));
            assertEquals("S256", console.getJsonObject("attributes").getString("pkce.code.challenge.method"));
            assertEquals("[\"https://app.example/console/callback\"]", console.getJsonArray("redirectUris").toString());
        }
    }
}
