package org.hugmenow.tenant.provisioning.api;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hugmenow.platform.web.ProblemException;
import org.hugmenow.platform.web.ProblemWriter;
import org.hugmenow.platform.web.Validation;
import org.hugmenow.platform.web.VerbatimText;
import org.hugmenow.tenant.provisioning.application.ActivationService;

/**
 * The one-time set-password page for a new tenant's first HR admin. Part of the login flow,
 * so it is public; the token in the link is the credential.
 */
@Path("/v1/activation")
@RequestScoped
@PermitAll
@Tag(name = "Activation")
public class ActivationResource {

    @Inject
    ActivationService activation;

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The set-password form for a one-time link")
    @APIResponse(responseCode = "200", description = "An HTML form")
    public Response form(@QueryParam("token") String token) {
        return page(200, ActivationPage.form(token == null ? "" : token, null));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Set the first password using a one-time link")
    @APIResponse(responseCode = "200", description = "Password set; the page says where to sign in")
    @APIResponse(responseCode = "400", description = "Passwords missing, different or too weak; the form is shown again")
    @APIResponse(responseCode = "410", description = "The link is used, expired or unknown")
    @APIResponse(responseCode = "503", description = "The tenant is still provisioning or Keycloak is unreachable")
    public Response submit(@FormParam("token") String token, @FormParam("password") String password,
                           @FormParam("confirm") String confirm) {
        ActivationService.Result result = activation.activate(token, password, confirm);
        String page = result.status() == 200 ? ActivationPage.done(result.message()) : ActivationPage.form(token, result.message());
        return page(result.status(), page);
    }

    /** Replaces the filter's no-content policy with the one this page needs. */
    private static Response page(int status, String html) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Content-Security-Policy", ActivationPage.CONTENT_SECURITY_POLICY).entity(html).build();
    }

    /** The same step for clients that send JSON (a mobile app, a script); answers in JSON. */
    public record ActivationRequest(String token, @VerbatimText String password, @VerbatimText String confirm) {
    }

    public record Activated(String message) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set the first password using a one-time link (JSON)")
    @APIResponse(responseCode = "200", description = "Password set; the message says where to sign in")
    @APIResponse(responseCode = "400", description = "Passwords missing, different or too weak (problem+json)")
    @APIResponse(responseCode = "410", description = "The link is used, expired or unknown (problem+json)")
    @APIResponse(responseCode = "503", description = "The tenant is still provisioning or Keycloak is unreachable (problem+json)")
    public Activated submitJson(ActivationRequest request) {
        new Validation().require(request != null, "body", "is required").throwIfInvalid();
        ActivationService.Result result = activation.activate(request.token(), request.password(), request.confirm());
        if (result.status() == 200) {
            return new Activated(result.message());
        }
        throw new ProblemException(result.status(), ProblemWriter.nameFor(result.status()), ProblemWriter.titleFor(result.status()),
                result.message(), java.util.List.of(), result.status() == 503 ? java.util.Map.of("Retry-After", "30") : java.util.Map.of());
    }
}
