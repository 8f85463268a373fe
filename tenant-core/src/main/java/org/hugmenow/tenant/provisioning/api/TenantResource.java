package org.hugmenow.tenant.provisioning.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hugmenow.platform.security.CallerContext;
import org.hugmenow.platform.security.Roles;
import org.hugmenow.platform.web.ProblemException;
import org.hugmenow.tenant.provisioning.application.ProvisioningService;
import org.hugmenow.platform.tenancy.TenantJournal;
import org.hugmenow.tenant.provisioning.application.TenantLifecycleService;
import org.hugmenow.platform.tenancy.Tenant;

@Path("/v1/platform/tenants")
@RequestScoped
@RolesAllowed(Roles.PLATFORM_OPERATOR)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Platform: tenants", description = "Provisioning and lifecycle of tenants; platform operators only")
@APIResponse(responseCode = "401", description = "Missing or invalid token (problem+json)")
@APIResponse(responseCode = "403", description = "Caller is not a platform operator (problem+json)")
public class TenantResource {

    @Inject ProvisioningService provisioning;
    @Inject TenantLifecycleService lifecycle;
    @Inject TenantJournal journal;
    @Inject CallerContext caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a tenant", description = "Starts provisioning and returns at once; poll the Location.")
    @APIResponse(responseCode = "202", description = "Provisioning started; the first admin's set-password link is in the body, once")
    @APIResponse(responseCode = "400", description = "Invalid fields, listed in errors[] (problem+json)")
    @APIResponse(responseCode = "409", description = "The slug is taken (problem+json)")
    @APIResponse(responseCode = "413", description = "Body too large (problem+json)")
    @APIResponse(responseCode = "415", description = "Body is not JSON (problem+json)")
    public Response create(CreateTenantRequest request, @Context UriInfo uri) {
        if (request == null) {
            throw ProblemException.badRequest("A JSON body is required.");
        }
        ProvisioningService.Created created = provisioning.create(request.validated(), actor());
        TenantCreatedResponse body = new TenantCreatedResponse(view(created.tenant()),
                new TenantCreatedResponse.InitialAdmin(created.adminUsername(), created.setPasswordUrl(), created.linkExpiresAt()));
        return Response.accepted(body)
                .location(uri.getAbsolutePathBuilder().path(created.tenant().slug().value()).build())
                .build();
    }

    @GET
    @Operation(summary = "List tenants")
    @APIResponse(responseCode = "200", description = "All tenants, by slug")
    public List<TenantResponse> list() {
        var steps = journal.completedStepsOfAll();
        return lifecycle.list().stream().map(t -> TenantResponse.of(t, steps.getOrDefault(t.id(), Set.of()))).toList();
    }

    @GET
    @Path("{slug}")
    @Operation(summary = "Get a tenant, with its provisioning progress")
    @APIResponse(responseCode = "200", description = "The tenant")
    @APIResponse(responseCode = "404", description = "No such tenant (problem+json)")
    public TenantResponse get(@PathParam("slug") String slug) {
        return view(lifecycle.get(slug));
    }

    @GET
    @Path("{slug}/audit")
    @Operation(summary = "The tenant's lifecycle audit log")
    @APIResponse(responseCode = "200", description = "Audit entries, oldest first")
    @APIResponse(responseCode = "404", description = "No such tenant (problem+json)")
    public List<AuditEntryResponse> audit(@PathParam("slug") String slug) {
        return journal.auditTrail(lifecycle.get(slug).id()).stream()
                .map(e -> new AuditEntryResponse(e.action(), e.actor(), e.detail(), e.at())).toList();
    }

    @POST
    @Path("{slug}/suspend")
    @Operation(summary = "Suspend a tenant: its tokens get 403 until it is resumed")
    @APIResponse(responseCode = "200", description = "Suspended")
    @APIResponse(responseCode = "404", description = "No such tenant (problem+json)")
    @APIResponse(responseCode = "409", description = "Not active (problem+json)")
    public TenantResponse suspend(@PathParam("slug") String slug) {
        return view(lifecycle.suspend(slug, actor()));
    }

    @POST
    @Path("{slug}/resume")
    @Operation(summary = "Resume a suspended tenant")
    @APIResponse(responseCode = "200", description = "Active again")
    @APIResponse(responseCode = "404", description = "No such tenant (problem+json)")
    @APIResponse(responseCode = "409", description = "Not suspended (problem+json)")
    public TenantResponse resume(@PathParam("slug") String slug) {
        return view(lifecycle.resume(slug, actor()));
    }

    @POST
    @Path("{slug}/offboard")
    @Operation(summary = "Offboard a tenant: export to a zip, drop its schema, delete its realm")
    @APIResponse(responseCode = "202", description = "Offboarding started")
    @APIResponse(responseCode = "404", description = "No such tenant (problem+json)")
    @APIResponse(responseCode = "409", description = "Tenant cannot be offboarded now (problem+json)")
    public Response offboard(@PathParam("slug") String slug) {
        return Response.accepted(view(lifecycle.offboard(slug, actor()))).build();
    }

    @POST
    @Path("{slug}/activation-link")
    @Operation(summary = "Issue a new one-time set-password link for the tenant's first HR admin",
            description = "Only until the first admin has activated; after that they recover through Keycloak's reset-credentials flow.")
    @APIResponse(responseCode = "200", description = "The new link, shown once")
    @APIResponse(responseCode = "404", description = "No such tenant (problem+json)")
    @APIResponse(responseCode = "409", description = "The first admin has activated already (problem+json)")
    public TenantCreatedResponse.InitialAdmin reissueActivation(@PathParam("slug") String slug) {
        ProvisioningService.Created link = lifecycle.reissueActivation(slug, actor());
        return new TenantCreatedResponse.InitialAdmin(link.adminUsername(), link.setPasswordUrl(), link.linkExpiresAt());
    }

    @POST
    @Path("{slug}/retry")
    @Operation(summary = "Retry unfinished provisioning or offboarding")
    @APIResponse(responseCode = "202", description = "Retry started")
    @APIResponse(responseCode = "404", description = "No such tenant (problem+json)")
    @APIResponse(responseCode = "409", description = "Nothing to retry (problem+json)")
    public Response retry(@PathParam("slug") String slug) {
        return Response.accepted(view(lifecycle.retry(slug, actor()))).build();
    }

    private TenantResponse view(Tenant tenant) {
        return TenantResponse.of(tenant, provisioning.completedSteps(tenant));
    }

    private String actor() {
        return "operator:" + caller.require().username();
    }
}
