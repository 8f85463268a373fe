package org.hugmenow.console.signin.api;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hugmenow.console.signin.application.HomeRealmDiscovery;
import org.hugmenow.console.signin.application.OidcProvider;
import org.hugmenow.console.signin.application.SignInService;
import org.hugmenow.console.signin.application.SignInTarget;
import org.hugmenow.platform.refusal.Refusal;
import org.hugmenow.realm.RealmTemplate;

/**
 * Home-realm discovery for clients that sign in on their own (the employee web app, a mobile
 * app): a work e-mail or an organization's slug gives the issuer the tenant registry names and
 * its endpoints. Public, like the console's front door; it names nothing a sign-in page does not.
 */
@Path("/v1/sign-in/discovery")
@RequestScoped
@PermitAll
@Tag(name = "Sign-in")
public class SignInDiscoveryResource {

    @Inject HomeRealmDiscovery discovery;
    @Inject SignInService signIn;
    @Inject OidcProvider provider;

    public record Discovered(String organization, String issuer, String clientId, String authorizationEndpoint,
                             String tokenEndpoint, String endSessionEndpoint, String idpHint) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Where a person with this work e-mail or organization signs in")
    @APIResponse(responseCode = "200", description = "The organization's issuer, the app's client id, the endpoints, and the"
            + " company provider the e-mail's domain leads to (idpHint, for kc_idp_hint) if any")
    @APIResponse(responseCode = "400", description = "Nothing was given (problem+json)")
    @APIResponse(responseCode = "404", description = "No organization serves under this e-mail domain or slug (problem+json)")
    @APIResponse(responseCode = "503", description = "The organization's sign-in service cannot be reached (problem+json)")
    public Discovered discover(@QueryParam("who") String who) {
        if (who == null || who.isBlank() || who.length() > 320) {
            throw Refusal.invalid("who", "must be a work e-mail address or an organization's short name");
        }
        SignInTarget target = discovery.tenantFor(who).flatMap(signIn::tenantTarget)
                .orElseThrow(() -> Refusal.notFound("We could not find an organization for what you typed."));
        OidcProvider.Metadata endpoints = provider.metadata(target.issuer());
        return new Discovered(target.tenantSlug(), target.issuer(), RealmTemplate.WEB_CLIENT_ID,
                endpoints.authorizationEndpoint(), endpoints.tokenEndpoint(), endpoints.endSessionEndpoint(),
                discovery.providerHintFor(who).orElse(null));
    }
}
