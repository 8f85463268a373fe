package org.hugmenow.tenant.identity.internal;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hugmenow.platform.json.Jsons;

/**
 * The authentication flows enterprise sign-in needs, created in a realm the first time they are
 * needed (realms made before enterprise sign-in have none): the two first-sign-in policies for
 * brokered people, and the browser and password-grant flows that admit passwords only for
 * break-glass admins. Built from Keycloak's own authenticators, so no extension is deployed.
 */
final class KeycloakSignInFlows {

    static final String DIRECTORY_FIRST_LOGIN = "hugmenow-directory-first-login";
    static final String JIT_FIRST_LOGIN = "hugmenow-jit-first-login";
    static final String ENFORCED_BROWSER = "hugmenow-enforced-browser";
    static final String ENFORCED_DIRECT_GRANT = "hugmenow-enforced-direct-grant";
    static final String BREAK_GLASS_ROLE = "break-glass";
    /** Shown on the login page when someone who must use the company provider types a username. */
    static final String DENY_MESSAGE = "Your organization signs you in with your company account. Use the button for it below.";

    private final KeycloakHttp http;

    KeycloakSignInFlows(KeycloakHttp http) {
        this.http = http;
    }

    /** Creates whichever of the flows the realm lacks. */
    void ensure(String server, String realm) {
        Set<String> existing = existingFlows(server, realm);
        if (!existing.contains(DIRECTORY_FIRST_LOGIN)) {
            // Links to a person the directory holds (by e-mail or username) and never creates one.
            topLevel(server, realm, DIRECTORY_FIRST_LOGIN, "Enterprise sign-in: directory people only");
            execution(server, realm, DIRECTORY_FIRST_LOGIN, "idp-detect-existing-broker-user", "REQUIRED", null);
            execution(server, realm, DIRECTORY_FIRST_LOGIN, "idp-auto-link", "REQUIRED", null);
        }
        if (!existing.contains(JIT_FIRST_LOGIN)) {
            // Creates an unknown person; links to a person who exists already instead of asking.
            topLevel(server, realm, JIT_FIRST_LOGIN, "Enterprise sign-in: just in time");
            execution(server, realm, JIT_FIRST_LOGIN, "idp-create-user-if-unique", "ALTERNATIVE", null);
            execution(server, realm, JIT_FIRST_LOGIN, "idp-auto-link", "ALTERNATIVE", null);
        }
        if (!existing.contains(ENFORCED_BROWSER)) {
            topLevel(server, realm, ENFORCED_BROWSER, "Enterprise sign-in enforced: passwords for break-glass admins only");
            execution(server, realm, ENFORCED_BROWSER, "auth-cookie", "ALTERNATIVE", null);
            execution(server, realm, ENFORCED_BROWSER, "identity-provider-redirector", "ALTERNATIVE", null);
            String forms = ENFORCED_BROWSER + "-forms";
            subflow(server, realm, ENFORCED_BROWSER, forms, "ALTERNATIVE");
            execution(server, realm, forms, "auth-username-form", "REQUIRED", null);
            denyUnlessBreakGlass(server, realm, forms, ENFORCED_BROWSER + "-break-glass");
            execution(server, realm, forms, "auth-password-form", "REQUIRED", null);
        }
        if (!existing.contains(ENFORCED_DIRECT_GRANT)) {
            topLevel(server, realm, ENFORCED_DIRECT_GRANT, "Enterprise sign-in enforced: password grants for break-glass admins only");
            execution(server, realm, ENFORCED_DIRECT_GRANT, "direct-grant-validate-username", "REQUIRED", null);
            denyUnlessBreakGlass(server, realm, ENFORCED_DIRECT_GRANT, ENFORCED_DIRECT_GRANT + "-break-glass");
            execution(server, realm, ENFORCED_DIRECT_GRANT, "direct-grant-validate-password", "REQUIRED", null);
        }
    }

    private void denyUnlessBreakGlass(String server, String realm, String parent, String alias) {
        subflow(server, realm, parent, alias, "CONDITIONAL");
        execution(server, realm, alias, "conditional-user-role", "REQUIRED",
                Map.of("condUserRole", BREAK_GLASS_ROLE, "negate", "true"));
        execution(server, realm, alias, "deny-access-authenticator", "REQUIRED", Map.of("denyErrorMessage", DENY_MESSAGE));
    }

    private Set<String> existingFlows(String server, String realm) {
        HttpResponse<String> listed = KeycloakResponses.expect(http.send(server, "GET", base(realm) + "/flows", null), 200);
        return ((JsonArray) KeycloakHttp.parse(listed.body())).stream().map(JsonValue::asJsonObject)
                .map(f -> f.getString("alias", "")).collect(Collectors.toSet());
    }

    private void topLevel(String server, String realm, String alias, String description) {
        JsonObject flow = Jsons.object().add("alias", alias).add("description", description).add("providerId", "basic-flow")
                .add("topLevel", true).add("builtIn", false).build();
        KeycloakResponses.expect(http.send(server, "POST", base(realm) + "/flows", flow), 201, 409);
    }

    private void subflow(String server, String realm, String parent, String alias, String requirement) {
        JsonObject flow = Jsons.object().add("alias", alias).add("description", "").add("type", "basic-flow")
                .add("provider", "registration-page-form").build();
        KeycloakResponses.expect(http.send(server, "POST", flowPath(realm, parent) + "/executions/flow", flow), 201, 409);
        require(server, realm, parent, alias, requirement);
    }

    private void execution(String server, String realm, String flow, String provider, String requirement, Map<String, String> config) {
        KeycloakResponses.expect(http.send(server, "POST", flowPath(realm, flow) + "/executions/execution",
                Jsons.object().add("provider", provider).build()), 201);
        JsonObject created = require(server, realm, flow, provider, requirement);
        if (config != null) {
            var values = Jsons.object();
            config.forEach(values::add);
            JsonObject body = Jsons.object().add("alias", flow + "-" + provider).add("config", values).build();
            KeycloakResponses.expect(http.send(server, "POST", base(realm) + "/executions/"
                    + KeycloakHttp.encode(created.getString("id")) + "/config", body), 201);
        }
    }

    /** Sets the requirement of the flow's direct child that is the given authenticator or subflow; returns it. */
    private JsonObject require(String server, String realm, String flow, String providerOrAlias, String requirement) {
        HttpResponse<String> listed = KeycloakResponses.expect(http.send(server, "GET", flowPath(realm, flow) + "/executions", null), 200);
        JsonObject execution = ((JsonArray) KeycloakHttp.parse(listed.body())).stream().map(JsonValue::asJsonObject)
                .filter(e -> e.getInt("level", 0) == 0)
                .filter(e -> providerOrAlias.equals(e.getString("providerId", null)) || providerOrAlias.equals(e.getString("displayName", null)))
                .reduce((first, last) -> last)
                .orElseThrow(() -> new IllegalStateException("Keycloak lost the execution " + providerOrAlias + " of " + flow));
        JsonObject updated = Json.createObjectBuilder(execution).add("requirement", requirement).build();
        KeycloakResponses.expect(http.send(server, "PUT", flowPath(realm, flow) + "/executions", updated), 202, 204);
        return execution;
    }

    private static String flowPath(String realm, String flow) {
        return base(realm) + "/flows/" + KeycloakHttp.encode(flow);
    }

    private static String base(String realm) {
        return "/admin/realms/" + KeycloakHttp.encode(realm) + "/authentication";
    }
}
