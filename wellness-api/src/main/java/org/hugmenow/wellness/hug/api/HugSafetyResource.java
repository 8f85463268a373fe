package org.hugmenow.wellness.hug.api;

import jakarta.annotation.security.RolesAllowed;
import org.hugmenow.platform.web.MultilineText;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hugmenow.platform.security.CallerContext;
import org.hugmenow.platform.security.RequestTenant;
import org.hugmenow.platform.web.Validation;
import org.hugmenow.wellness.hug.application.HugSafetyService;
import org.hugmenow.wellness.hug.domain.HugReport;
import org.hugmenow.wellness.hug.domain.HugType;
import org.hugmenow.platform.security.Roles;

/** Hug types, my blocks and mutes, and (HR admins) abuse reports. Literal paths, so they win over /hugs/{id}. */
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Hugs")
@APIResponse(responseCode = "401", description = "Missing or invalid token (problem+json)")
@APIResponse(responseCode = "403", description = "Not a tenant member's token, or role not allowed (problem+json)")
@Path("/v1/hugs")
public class HugSafetyResource {


    @Inject HugSafetyService safety;
    @Inject CallerContext caller;
    @Inject RequestTenant tenant;

    public record TypeRequest(String key, String label, @MultilineText String meaning) {
    }

    public record BlockView(String personId, String kind) {
    }

    public record BlockRequest(String kind) {
    }

    @GET
    @Path("types")
    @RolesAllowed(Roles.MEMBERS)
    @Operation(summary = "Hug types and what each means: the standard ones and the organization's own")
    @APIResponse(responseCode = "200", description = "Hug types")
    public List<HugType> types() {
        return safety.types(tenant.slug());
    }

    @POST
    @Path("types")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(summary = "Add a hug type for the organization")
    @APIResponse(responseCode = "201", description = "The type")
    @APIResponse(responseCode = "400", description = "Invalid fields (problem+json)")
    @APIResponse(responseCode = "409", description = "The key exists (problem+json)")
    public Response addType(TypeRequest r) {
        new Validation().require(r != null, "body", "is required").throwIfInvalid();
        HugType added = safety.addType(tenant.slug(), new HugType(r.key(), strip(r.label()), strip(r.meaning()), true));
        return Response.status(201).entity(added).build();
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }

    @GET
    @Path("blocks")
    @RolesAllowed(Roles.MEMBERS)
    @Operation(summary = "People I blocked or muted")
    @APIResponse(responseCode = "200", description = "Blocks and mutes")
    public List<BlockView> blocks() {
        return safety.blocks(tenant.slug(), caller.personId()).entrySet().stream()
                .map(e -> new BlockView(e.getKey(), e.getValue())).toList();
    }

    @PUT
    @Path("blocks/{personId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MEMBERS)
    @Operation(summary = "Block (no hugs or connection either way) or mute (hugs arrive silently) a person")
    @APIResponse(responseCode = "204", description = "Saved")
    @APIResponse(responseCode = "400", description = "Unknown kind, or yourself (problem+json)")
    @APIResponse(responseCode = "404", description = "No such colleague (problem+json)")
    public Response block(@PathParam("personId") String personId, BlockRequest r) {
        String kind = r == null || r.kind() == null ? "block" : r.kind();
        new Validation().require(kind.equals("block") || kind.equals("mute"), "kind", "must be block or mute").throwIfInvalid();
        safety.setBlock(tenant.slug(), caller.personId(), personId, kind);
        return Response.noContent().build();
    }

    @DELETE
    @Path("blocks/{personId}")
    @RolesAllowed(Roles.MEMBERS)
    @Operation(summary = "Unblock or unmute a person")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "Not blocked or muted (problem+json)")
    public Response unblock(@PathParam("personId") String personId) {
        safety.removeBlock(tenant.slug(), caller.personId(), personId);
        return Response.noContent().build();
    }

    @GET
    @Path("reports")
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(summary = "Hugs reported as abusive, for review (no mood data)")
    @APIResponse(responseCode = "200", description = "Reports, newest first")
    public List<HugReport> reports() {
        return safety.reports(tenant.slug());
    }
}
