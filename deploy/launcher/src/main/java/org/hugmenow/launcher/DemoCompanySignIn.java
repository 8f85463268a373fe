package org.hugmenow.launcher;

import jakarta.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The demo's company sign-in: a realm of the local Keycloak plays Acme's own identity provider
 * (its "Entra ID"), with the demo people under the same e-mail addresses, and acme's IT admin
 * connects it through the app's API as a customer would, routing acme.example to it. Typing
 * emma@acme.example then leads to that provider's login page.
 */
final class DemoCompanySignIn {

    static final String REALM = "acme-corp-idp";
    static final String ALIAS = "acme-corp";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private DemoCompanySignIn() {
    }

    static void connect(KeycloakAdmin keycloak, String keycloakUrl, String appUrl, String slug) throws Exception {
        if (!keycloak.realmExists(REALM)) {
            CompanyIdp company = CompanyIdp.create(keycloak, keycloakUrl, REALM, "Acme corporate sign-in (demo identity provider)");
            for (String username : DemoSetup.ACME_USERS.keySet()) {
                company.person(username, username + "@" + slug + ".example", DemoSetup.PASSWORD);
            }
            company.oidcClient("hugmenow-" + slug, keycloakUrl + "/realms/" + slug + "/broker/" + ALIAS + "/endpoint");
        }
        String secret = keycloak.clientSecret(REALM, "hugmenow-" + slug);
        String itAdmin = Tokens.passwordGrant(keycloakUrl, slug, "ivan", DemoSetup.PASSWORD);
        String body = Json.createObjectBuilder().add("displayName", "Acme Corp (demo Entra ID)").add("alias", ALIAS)
                .add("protocol", "oidc").add("vendor", "entra-id").add("policy", "directory")
                .add("discoveryUrl", keycloakUrl + "/realms/" + REALM + "/.well-known/openid-configuration")
                .add("clientId", "hugmenow-" + slug).add("clientSecret", secret)
                .add("domains", Json.createArrayBuilder().add(slug + ".example")).build().toString();
        HttpResponse<String> connected = HTTP.send(HttpRequest.newBuilder(URI.create(appUrl + "/api/v1/admin/sign-in/providers"))
                .header("Authorization", "Bearer " + itAdmin).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        // 409: connected on an earlier run (the data directory is kept).
        if (connected.statusCode() != 201 && connected.statusCode() != 409) {
            throw new IOException("connecting the demo company provider answered " + connected.statusCode() + ": " + connected.body());
        }
    }
}
