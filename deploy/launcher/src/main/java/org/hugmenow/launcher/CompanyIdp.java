package org.hugmenow.launcher;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.util.List;

/**
 * A realm of the local Keycloak playing a company's own identity provider (its Entra ID, Okta or
 * ADFS) for tests and the local demo: its people, an OpenID Connect client and SAML clients for
 * our tenants' brokers. Test tooling; the app never uses it.
 */
public final class CompanyIdp {

    /** The password of the tests' company people. */
    public static final String PASSWORD = "customer-password-1";

    private final KeycloakAdmin admin;
    private final String keycloakUrl;
    private final String realm;

    private CompanyIdp(KeycloakAdmin admin, String keycloakUrl, String realm) {
        this.admin = admin;
        this.keycloakUrl = keycloakUrl;
        this.realm = realm;
    }

    public static CompanyIdp create(KeycloakAdmin admin, String keycloakUrl, String realm) throws IOException {
        return create(admin, keycloakUrl, realm, "Contoso corporate sign-in");
    }

    public static CompanyIdp create(KeycloakAdmin admin, String keycloakUrl, String realm, String displayName) throws IOException {
        admin.createRealm(Json.createObjectBuilder().add("realm", realm).add("displayName", displayName)
                .add("enabled", true).add("sslRequired", "none").build());
        return new CompanyIdp(admin, keycloakUrl, realm);
    }

    public String realm() {
        return realm;
    }

    /** A person of the company with a verified e-mail address and the tests' password. */
    public void person(String username, String email) throws IOException {
        person(username, email, PASSWORD);
    }

    public void person(String username, String email, String password) throws IOException {
        admin.ensureUser(realm, username, email, password, List.of());
    }

    /** A confidential client that sends people back to our broker; returns its secret. */
    public String oidcClient(String clientId, String redirectUri) throws IOException {
        admin.createClient(realm, Json.createObjectBuilder().add("clientId", clientId).add("enabled", true)
                .add("protocol", "openid-connect").add("publicClient", false).add("standardFlowEnabled", true)
                .add("directAccessGrantsEnabled", false).add("redirectUris", Json.createArrayBuilder().add(redirectUri)).build());
        return admin.clientSecret(realm, clientId);
    }

    /** A SAML client for a tenant's broker, as a customer's admin sets one up: signed assertions, e-mail NameID, name attributes. */
    public void samlClient(String serviceProviderEntityId, String assertionConsumerUrl) throws IOException {
        JsonArrayBuilder mappers = Json.createArrayBuilder();
        for (String attribute : List.of("email", "firstName", "lastName")) {
            mappers.add(Json.createObjectBuilder().add("name", attribute).add("protocol", "saml")
                    .add("protocolMapper", "saml-user-property-mapper")
                    .add("config", Json.createObjectBuilder().add("user.attribute", attribute).add("attribute.name", attribute)
                            .add("attribute.nameformat", "Basic").add("friendly.name", attribute)));
        }
        JsonObject client = Json.createObjectBuilder().add("clientId", serviceProviderEntityId).add("protocol", "saml").add("enabled", true)
                .add("redirectUris", Json.createArrayBuilder().add(assertionConsumerUrl))
                .add("attributes", Json.createObjectBuilder()
                        .add("saml.assertion.signature", "true").add("saml.server.signature", "true")
                        .add("saml.client.signature", "false").add("saml.force.post.binding", "true")
                        .add("saml_name_id_format", "email").add("saml.force.name.id.format", "true")
                        .add("saml.signature.algorithm", "RSA_SHA256").add("saml.authnstatement", "true")
                        .add("saml_assertion_consumer_url_post", assertionConsumerUrl))
                .add("protocolMappers", mappers).build();
        admin.createClient(realm, client);
    }

    public String discoveryUrl() {
        return keycloakUrl + "/realms/" + realm + "/.well-known/openid-configuration";
    }

    public String samlMetadataUrl() {
        return keycloakUrl + "/realms/" + realm + "/protocol/saml/descriptor";
    }
}
