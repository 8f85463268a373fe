package org.hugmenow.console.federation.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hugmenow.console.federation.application.ProviderDraft;
import org.hugmenow.console.federation.application.SignInEnforcement;
import org.hugmenow.console.federation.application.SignInProviders;
import org.hugmenow.console.federation.domain.ConnectedProvider;
import org.hugmenow.platform.security.CallerContext;
import org.hugmenow.platform.security.RequestTenant;
import org.hugmenow.platform.security.Roles;
import org.hugmenow.platform.tenancy.Tenant;
import org.hugmenow.platform.web.Problem;
import org.hugmenow.platform.web.ProblemException;

/**
 * IT admins connect their company's identity providers (OpenID Connect or SAML 2.0), choose who
 * may sign in through them, route e-mail domains to them and enforce them.
 */
@Path("/v1/admin/sign-in")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.IT_ADMIN)
@Tag(name = "Enterprise sign-in")
@APIResponse(responseCode = "401", description = "Missing or invalid token (problem+json)")
@APIResponse(responseCode = "403", description = "Not an IT admin of a tenant (problem+json)")
public class SignInAdminResource {

    static final String SAML_METADATA = "application/samlmetadata+xml";

    @Inject SignInProviders providers;
    @Inject SignInEnforcement enforcement;
    @Inject CallerContext caller;
    @Inject RequestTenant tenant;

    public record ProviderList(List<ProviderView> items) {
    }

    public record EnforcementView(boolean enforced, List<String> breakGlassAdmins, String setBy, Instant setAt) {
    }

    public record EnforcementRequest(Boolean enforced, List<String> breakGlassAdmins) {
    }

    @GET
    @Path("providers")
    @Operation(summary = "The organization's company identity providers, never their client secrets")
    @APIResponse(responseCode = "200", description = "The providers with what their last check found")
    public ProviderList list() {
        Tenant t = tenant.tenant();
        return new ProviderList(providers.list(t).stream().map(p -> view(t, p)).toList());
    }

    @POST
    @Path("providers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Connect a provider: its discovery document or metadata is fetched and checked first")
    @APIResponse(responseCode = "201", description = "Connected")
    @APIResponse(responseCode = "400", description = "Invalid or missing fields (problem+json)")
    @APIResponse(responseCode = "403", description = "The plan does not include enterprise sign-in (problem+json, plan-required)")
    @APIResponse(responseCode = "409", description = "The alias is taken, or a domain belongs to another organization (problem+json)")
    @APIResponse(responseCode = "422", description = "The discovery document or metadata is unreachable or invalid (problem+json)")
    public Response connect(ProviderRequest body) {
        Tenant t = tenant.tenant();
        ConnectedProvider connected = providers.connect(t, body(body), caller.require().username());
        return Response.status(Response.Status.CREATED).entity(view(t, connected)).build();
    }

    @POST
    @Path("test")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Test a provider before connecting it: fetch and check its discovery document or metadata; nothing is stored")
    @APIResponse(responseCode = "200", description = "What the check found, certificates with their expiry")
    @APIResponse(responseCode = "400", description = "Invalid or missing fields (problem+json)")
    @APIResponse(responseCode = "422", description = "The discovery document or metadata is unreachable or invalid (problem+json)")
    public ProviderView.CheckView test(ProviderRequest body) {
        return ProviderView.CheckView.of(providers.test(body(body)), null);
    }

    @GET
    @Path("providers/{alias}")
    @Operation(summary = "One provider")
    @APIResponse(responseCode = "200", description = "The provider")
    @APIResponse(responseCode = "404", description = "No such provider in your organization (problem+json)")
    public ProviderView get(@PathParam("alias") String alias) {
        Tenant t = tenant.tenant();
        return view(t, providers.get(t, alias));
    }

    @PATCH
    @Path("providers/{alias}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a provider: name, enabled, policy, mapping, domains, client or metadata source (checked again)")
    @APIResponse(responseCode = "200", description = "Changed")
    @APIResponse(responseCode = "400", description = "Invalid fields (problem+json)")
    @APIResponse(responseCode = "404", description = "No such provider in your organization (problem+json)")
    @APIResponse(responseCode = "409", description = "Disabling the only provider while enforced, or a domain of another organization (problem+json)")
    @APIResponse(responseCode = "422", description = "The new metadata is unreachable or invalid (problem+json)")
    public ProviderView change(@PathParam("alias") String alias, ProviderRequest body) {
        Tenant t = tenant.tenant();
        return view(t, providers.change(t, alias, body(body), caller.require().username()));
    }

    @DELETE
    @Path("providers/{alias}")
    @Operation(summary = "Remove a provider; refused while sign-in through providers is enforced")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such provider in your organization (problem+json)")
    @APIResponse(responseCode = "409", description = "Enforcement is on (problem+json)")
    public Response disconnect(@PathParam("alias") String alias) {
        providers.disconnect(tenant.tenant(), alias, caller.require().username());
        return Response.noContent().build();
    }

    @POST
    @Path("providers/{alias}/test")
    @Operation(summary = "Fetch and check the provider's metadata again now; the broker takes up new keys or endpoints")
    @APIResponse(responseCode = "200", description = "The provider with the fresh check")
    @APIResponse(responseCode = "404", description = "No such provider in your organization (problem+json)")
    @APIResponse(responseCode = "422", description = "The metadata is unreachable or invalid now; the working configuration is kept (problem+json)")
    public ProviderView retest(@PathParam("alias") String alias) {
        Tenant t = tenant.tenant();
        return view(t, providers.retest(t, alias, caller.require().username()));
    }

    @GET
    @Path("providers/{alias}/sp-metadata")
    @Produces({SAML_METADATA, MediaType.APPLICATION_JSON})
    @Operation(summary = "The SAML service provider metadata to give the company's identity provider")
    @APIResponse(responseCode = "200", description = "SAML 2.0 metadata of the service provider")
    @APIResponse(responseCode = "404", description = "No such SAML provider in your organization (problem+json)")
    public Response serviceProviderMetadata(@PathParam("alias") String alias) {
        String xml = providers.serviceProviderMetadata(tenant.tenant(), alias)
                .orElseThrow(() -> ProblemException.notFound("Your organization has no SAML sign-in provider " + alias + "."));
        return Response.ok(xml, SAML_METADATA)
                .header("Content-Disposition", "attachment; filename=\"" + alias + "-sp-metadata.xml\"").build();
    }

    @GET
    @Path("enforcement")
    @Operation(summary = "Whether password sign-in is off, and the break-glass admins who keep it")
    @APIResponse(responseCode = "200", description = "The enforcement")
    public EnforcementView enforcement() {
        return view(enforcement.current(tenant.tenant()));
    }

    @PUT
    @Path("enforcement")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Enforce sign-in through company providers (passwords only for break-glass admins), or stop")
    @APIResponse(responseCode = "200", description = "The enforcement now")
    @APIResponse(responseCode = "400", description = "No break-glass admin, or one who is not a person of the organization (problem+json)")
    @APIResponse(responseCode = "403", description = "The plan does not include enterprise sign-in (problem+json, plan-required)")
    @APIResponse(responseCode = "409", description = "No enabled provider to enforce (problem+json)")
    public EnforcementView enforce(EnforcementRequest body) {
        if (body == null || body.enforced() == null) {
            throw ProblemException.invalid(List.of(new Problem.FieldError("enforced", "is required")));
        }
        return view(enforcement.set(tenant.tenant(), body.enforced(), body.breakGlassAdmins(), caller.require().username()));
    }

    private ProviderView view(Tenant t, ConnectedProvider p) {
        return ProviderView.of(p, providers.domainsOf(t, p.alias()), providers.addresses(t, p.alias()));
    }

    private static EnforcementView view(org.hugmenow.console.federation.domain.Enforcement e) {
        return new EnforcementView(e.enforced(), e.breakGlassAdmins(), e.setBy(), e.setAt());
    }

    private static ProviderDraft body(ProviderRequest body) {
        if (body == null) {
            throw ProblemException.badRequest("A JSON object is required.");
        }
        return body.draft();
    }
}
