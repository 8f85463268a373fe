package org.hugmenow.tenant.identity.internal;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.hugmenow.platform.config.TenantCoreConfig;
import org.hugmenow.platform.json.Jsons;
import org.hugmenow.platform.security.Roles;
import org.hugmenow.platform.tenancy.IdentityHome;
import org.hugmenow.tenant.identity.IdentityBrokering;
import org.hugmenow.tenant.identity.IdentityProviderUnavailable;

/**
 * Identity brokering with Keycloak's admin REST API: identity providers with their mappers, the
 * first-sign-in flow of each policy, and the realm's browser and password-grant flows while a
 * provider is enforced.
 */
@ApplicationScoped
@Timeout(20_000)
@Retry(maxRetries = 2, delay = 300, jitter = 200, retryOn = IdentityProviderUnavailable.class)
@CircuitBreaker(requestVolumeThreshold = 6, failureRatio = 0.8, delay = 5_000, successThreshold = 1,
        failOn = IdentityProviderUnavailable.class)
public class KeycloakIdentityBrokering implements IdentityBrokering {

    @Inject
    TenantCoreConfig config;

    private KeycloakHttp http;
    private KeycloakSignInFlows flows;

    @PostConstruct
    void init() {
        http = new KeycloakHttp(config);
        flows = new KeycloakSignInFlows(http);
    }

    @Override
    public boolean saveProvider(IdentityHome home, BrokeredProvider provider) {
        String server = home.keycloakUrl();
        if (http.send(server, "GET", realmPath(home), null).statusCode() == 404) {
            return false;
        }
        flows.ensure(server, home.realm());
        JsonObject representation = representation(home, provider);
        String path = providerPath(home, provider.alias());
        if (http.send(server, "GET", path, null).statusCode() == 404) {
            refuseInvalid(http.send(server, "POST", realmPath(home) + "/identity-provider/instances", representation), 201);
        } else {
            refuseInvalid(http.send(server, "PUT", path, representation), 204);
        }
        replaceMappers(home, provider);
        return true;
    }

    @Override
    public BrokerAddresses addresses(IdentityHome home, String alias) {
        return new BrokerAddresses(home.issuer() + "/broker/" + KeycloakHttp.encode(alias) + "/endpoint", home.issuer());
    }

    @Override
    public void deleteProvider(IdentityHome home, String alias) {
        KeycloakResponses.expect(http.send(home.keycloakUrl(), "DELETE", providerPath(home, alias), null), 204, 404);
    }

    @Override
    public Optional<String> serviceProviderMetadata(IdentityHome home, String alias) {
        HttpResponse<String> response = http.send(home.keycloakUrl(), "GET",
                "/realms/" + KeycloakHttp.encode(home.realm()) + "/broker/" + KeycloakHttp.encode(alias) + "/endpoint/descriptor", null);
        return response.statusCode() == 200 ? Optional.of(response.body()) : Optional.empty();
    }

    @Override
    public void enforceProviders(IdentityHome home, boolean enforced) {
        flows.ensure(home.keycloakUrl(), home.realm());
        JsonObject bindings = Jsons.object()
                .add("browserFlow", enforced ? KeycloakSignInFlows.ENFORCED_BROWSER : "browser")
                .add("directGrantFlow", enforced ? KeycloakSignInFlows.ENFORCED_DIRECT_GRANT : "direct grant")
                .build();
        KeycloakResponses.expect(http.send(home.keycloakUrl(), "PUT", realmPath(home), bindings), 204);
    }

    @Override
    public List<String> setBreakGlassAdmins(IdentityHome home, Set<String> usernames) {
        String server = home.keycloakUrl();
        String role = realmPath(home) + "/roles/" + KeycloakHttp.encode(KeycloakSignInFlows.BREAK_GLASS_ROLE);
        KeycloakResponses.expect(http.send(server, "POST", realmPath(home) + "/roles", Jsons.object()
                .add("name", KeycloakSignInFlows.BREAK_GLASS_ROLE)
                .add("description", "May sign in with a password while a company identity provider is enforced").build()), 201, 409);
        JsonArray roleRep = Jsons.array().add(KeycloakHttp.parse(KeycloakResponses.expect(http.send(server, "GET", role, null), 200).body()))
                .build();
        List<String> missing = new ArrayList<>();
        List<String> wanted = new ArrayList<>();
        for (String username : usernames) {
            userId(home, username).ifPresentOrElse(wanted::add, () -> missing.add(username));
        }
        if (!missing.isEmpty()) {
            return missing;
        }
        for (JsonValue holder : (JsonArray) KeycloakHttp.parse(KeycloakResponses.expect(
                http.send(server, "GET", role + "/users?max=1000", null), 200).body())) {
            String id = holder.asJsonObject().getString("id");
            if (!wanted.contains(id)) {
                KeycloakResponses.expect(http.send(server, "DELETE", roleMappings(home, id), roleRep), 204, 404);
            }
        }
        for (String id : wanted) {
            KeycloakResponses.expect(http.send(server, "POST", roleMappings(home, id), roleRep), 204);
        }
        return missing;
    }

    private Optional<String> userId(IdentityHome home, String username) {
        HttpResponse<String> found = KeycloakResponses.expect(http.send(home.keycloakUrl(), "GET", realmPath(home)
                + "/users?exact=true&username=" + KeycloakHttp.encode(username), null), 200);
        JsonArray users = (JsonArray) KeycloakHttp.parse(found.body());
        return users.isEmpty() ? Optional.empty() : Optional.of(users.getJsonObject(0).getString("id"));
    }

    private void replaceMappers(IdentityHome home, BrokeredProvider provider) {
        String server = home.keycloakUrl();
        String mappers = providerPath(home, provider.alias()) + "/mappers";
        for (JsonValue existing : (JsonArray) KeycloakHttp.parse(KeycloakResponses.expect(http.send(server, "GET", mappers, null), 200).body())) {
            KeycloakResponses.expect(http.send(server, "DELETE", mappers + "/" + KeycloakHttp.encode(existing.asJsonObject().getString("id")),
                    null), 204, 404);
        }
        for (AttributeMapping mapping : provider.mappings()) {
            JsonObjectBuilder config = Jsons.object().add("syncMode", "INHERIT").add("user.attribute", mapping.userAttribute());
            if (provider.protocol() == Protocol.SAML) {
                config.add("attribute.name", mapping.source());
            } else {
                config.add("claim", mapping.source());
            }
            String type = provider.protocol() == Protocol.SAML ? "saml-user-attribute-idp-mapper" : "oidc-user-attribute-idp-mapper";
            refuseInvalid(http.send(server, "POST", mappers, mapper(provider, mapping.userAttribute(), type, config)), 201);
        }
        if (provider.justInTime()) {
            // People created at their first sign-in get what a provisioned person gets: the employee role.
            refuseInvalid(http.send(server, "POST", mappers, mapper(provider, "employee role", "oidc-hardcoded-role-idp-mapper",
                    Jsons.object().add("syncMode", "INHERIT").add("role", Roles.EMPLOYEE))), 201);
        }
    }

    private static JsonObject mapper(BrokeredProvider provider, String name, String type, JsonObjectBuilder config) {
        return Jsons.object().add("name", name).add("identityProviderAlias", provider.alias())
                .add("identityProviderMapper", type).add("config", config).build();
    }

    private static JsonObject representation(IdentityHome home, BrokeredProvider provider) {
        JsonObjectBuilder config = Jsons.object();
        provider.endpoints().forEach(config::add);
        // Directory people keep the directory's data; people who arrived just in time follow the provider.
        config.add("syncMode", provider.justInTime() ? "FORCE" : "IMPORT");
        config.add("validateSignature", "true");
        if (provider.protocol() == Protocol.SAML) {
            config.add("wantAssertionsSigned", "true").add("wantAuthnRequestsSigned", "false")
                    .add("postBindingResponse", "true").add("principalType", "SUBJECT")
                    .add("allowCreate", "true").add("entityId", home.issuer());
        } else {
            config.add("useJwksUrl", "true").add("pkceEnabled", "true").add("pkceMethod", "S256")
                    .add("clientAuthMethod", "client_secret_post").add("defaultScope", "openid email profile")
                    .add("loginHint", "true");
        }
        return Jsons.object()
                .add("alias", provider.alias())
                .add("displayName", provider.displayName())
                .add("providerId", provider.protocol() == Protocol.SAML ? "saml" : "oidc")
                .add("enabled", provider.enabled())
                // The company's provider vouches for its addresses; linking by e-mail relies on it.
                .add("trustEmail", true)
                .add("storeToken", false)
                .add("firstBrokerLoginFlowAlias", provider.justInTime() ? KeycloakSignInFlows.JIT_FIRST_LOGIN
                        : KeycloakSignInFlows.DIRECTORY_FIRST_LOGIN)
                .add("config", config)
                .build();
    }

    private static HttpResponse<String> refuseInvalid(HttpResponse<String> response, int... accepted) {
        if (response.statusCode() == 400 || response.statusCode() == 409) {
            throw new ProviderRefused("Keycloak refused the provider's settings (" + response.statusCode() + "): "
                    + KeycloakResponses.abbreviate(response.body()));
        }
        return KeycloakResponses.expect(response, accepted);
    }

    private static String roleMappings(IdentityHome home, String userId) {
        return realmPath(home) + "/users/" + KeycloakHttp.encode(userId) + "/role-mappings/realm";
    }

    private static String providerPath(IdentityHome home, String alias) {
        return realmPath(home) + "/identity-provider/instances/" + KeycloakHttp.encode(alias);
    }

    private static String realmPath(IdentityHome home) {
        return "/admin/realms/" + KeycloakHttp.encode(home.realm());
    }
}
