package org.hugmenow.tenant.directory.api;

import jakarta.annotation.security.RolesAllowed;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hugmenow.platform.security.Roles;
import org.hugmenow.platform.security.RequestTenant;
import org.hugmenow.platform.web.ProblemException;
import org.hugmenow.platform.web.Validation;
import org.hugmenow.tenant.directory.domain.Directory;
import org.hugmenow.tenant.directory.domain.Team;
import org.hugmenow.platform.tenancy.TenantSlug;

/** Colleagues and teams of the caller's tenant. Everyone reads names; admins shape teams. */
@Path("/v1/directory")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Directory")
@APIResponse(responseCode = "401", description = "Missing or invalid token (problem+json)")
@APIResponse(responseCode = "403", description = "Role not allowed (problem+json)")
public class DirectoryResource {

    @Inject Directory directory;
    @Inject RequestTenant tenant;

    public record PersonResponse(String id, String displayName) {
    }

    public record TeamResponse(UUID id, String name, UUID parentId, int memberCount) {
        static TeamResponse of(Team t) {
            return new TeamResponse(t.id(), t.name(), t.parentId(), t.memberCount());
        }
    }

    public record TeamRequest(String name, UUID parentId) {
    }

    @GET
    @Path("people")
    @RolesAllowed(Roles.MEMBERS)
    @Operation(summary = "Find active colleagues by name")
    @APIResponse(responseCode = "200", description = "People, with the name each chose to show")
    public List<PersonResponse> people(@QueryParam("q") String query, @QueryParam("limit") Integer limit) {
        int max = limit == null ? 50 : limit;
        new Validation().require(max >= 1 && max <= 200, "limit", "must be between 1 and 200")
                .require(query == null || query.length() <= 100, "q", "must be at most 100 characters").throwIfInvalid();
        return directory.search(tenant.slug(), query, max).stream().map(p -> new PersonResponse(p.id(), p.shownName())).toList();
    }

    @GET
    @Path("teams")
    @RolesAllowed(Roles.MEMBERS)
    @Operation(summary = "List the tenant's teams")
    @APIResponse(responseCode = "200", description = "Teams with their member counts")
    public List<TeamResponse> teams() {
        return directory.teams(tenant.slug()).stream().map(TeamResponse::of).toList();
    }

    @POST
    @Path("teams")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.HR_ADMIN, Roles.IT_ADMIN})
    @Operation(summary = "Create a team, optionally inside another")
    @APIResponse(responseCode = "201", description = "The team")
    @APIResponse(responseCode = "400", description = "Invalid name (problem+json)")
    @APIResponse(responseCode = "404", description = "No such parent team in your organization (problem+json)")
    public Response createTeam(TeamRequest request) {
        new Validation().require(request != null, "body", "is required").throwIfInvalid();
        Validation validation = new Validation().requireText(request.name(), "name", 200);
        validation.throwIfInvalid();
        if (request.parentId() != null && directory.team(tenant.slug(), request.parentId()).isEmpty()) {
            // An id of another organization's team is as unknown as any other: 404, never a hint it exists.
            throw ProblemException.notFound("There is no such team (parentId).");
        }
        Team team = directory.createTeam(tenant.slug(), request.name().strip(), request.parentId());
        return Response.created(URI.create("/api/v1/directory/teams/" + team.id())).entity(TeamResponse.of(team)).build();
    }

    @PUT
    @Path("teams/{teamId}/members/{personId}")
    @RolesAllowed({Roles.HR_ADMIN, Roles.IT_ADMIN})
    @Operation(summary = "Add a person to a team")
    @APIResponse(responseCode = "204", description = "The person is a member")
    @APIResponse(responseCode = "404", description = "No such team or person in your organization (problem+json)")
    public Response addMember(@PathParam("teamId") UUID teamId, @PathParam("personId") String personId) {
        if (!directory.addMember(tenant.slug(), teamId, personId)) {
            throw ProblemException.notFound("There is no such team or person in your organization.");
        }
        return Response.noContent().build();
    }

    @DELETE
    @Path("teams/{teamId}/members/{personId}")
    @RolesAllowed({Roles.HR_ADMIN, Roles.IT_ADMIN})
    @Operation(summary = "Remove a person from a team")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "Not a member of that team (problem+json)")
    public Response removeMember(@PathParam("teamId") UUID teamId, @PathParam("personId") String personId) {
        if (!directory.removeMember(tenant.slug(), teamId, personId)) {
            throw ProblemException.notFound("That person is not a member of that team.");
        }
        return Response.noContent().build();
    }
}
