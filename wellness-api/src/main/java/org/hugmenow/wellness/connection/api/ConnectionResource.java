package org.hugmenow.wellness.connection.api;

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
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hugmenow.platform.security.CallerContext;
import org.hugmenow.platform.security.RequestTenant;
import org.hugmenow.platform.web.Validation;
import org.hugmenow.platform.tenancy.TenantSlug;
import org.hugmenow.wellness.connection.application.ConnectionService;
import org.hugmenow.wellness.connection.domain.Connection;
import org.hugmenow.wellness.connection.domain.SharedMood;
import org.hugmenow.wellness.privacy.domain.Sharing;
import org.hugmenow.wellness.shared.api.Ids;
import org.hugmenow.platform.security.Roles;
import org.hugmenow.platform.refusal.Refusal;

@Path("/v1/connections")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.MEMBERS)
@Tag(name = "Connections")
@APIResponse(responseCode = "401", description = "Missing or invalid token (problem+json)")
@APIResponse(responseCode = "403", description = "Not a tenant member's token (problem+json)")
public class ConnectionResource {

    @Inject ConnectionService connections;
    @Inject CallerContext caller;
    @Inject RequestTenant tenant;

    public record ConnectionRequest(String personId) {
    }

    public record SharingRequest(String level) {
    }

    public record ConnectionView(UUID id, String personId, String displayName, String status, String direction, String sharingGiven,
                                 String sharingReceived, Instant createdAt) {
        static ConnectionView of(ConnectionService.View v, String me) {
            Connection k = v.connection();
            return new ConnectionView(k.id(), k.other(me), v.otherName(), k.accepted() ? "accepted" : "pending",
                    k.requesterId().equals(me) ? "outgoing" : "incoming", k.sharingBy(me).json(), k.sharingWith(me).json(), k.createdAt());
        }
    }

    public record SuggestionView(String personId, String displayName, String reason, int mutualCount) {
    }

    public record SharedMoodView(String level, SharedMood.Summary summary, List<SharedMood.SharedEntry> entries) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ask a colleague to connect")
    @APIResponse(responseCode = "201", description = "The pending connection")
    @APIResponse(responseCode = "400", description = "Yourself, or someone blocked (problem+json)")
    @APIResponse(responseCode = "404", description = "No such colleague (problem+json)")
    @APIResponse(responseCode = "409", description = "Already connected or asked (problem+json)")
    public Response request(ConnectionRequest request) {
        new Validation().require(request != null && request.personId() != null && !request.personId().isBlank(), "personId", "is required")
                .throwIfInvalid();
        ConnectionView view = ConnectionView.of(connections.request(tenant.slug(), caller.personId(), request.personId()), caller.personId());
        return Response.created(URI.create("/api/v1/connections/" + view.id())).entity(view).build();
    }

    @GET
    @Operation(summary = "My connections and requests")
    @APIResponse(responseCode = "200", description = "Connections, newest first")
    public List<ConnectionView> list(@QueryParam("status") String status) {
        new Validation().require(status == null || status.equals("pending") || status.equals("accepted"), "status", "must be pending or accepted")
                .throwIfInvalid();
        Boolean accepted = status == null ? null : status.equals("accepted");
        return connections.list(tenant.slug(), caller.personId(), accepted).stream().map(v -> ConnectionView.of(v, caller.personId())).toList();
    }

    @GET
    @Path("suggestions")
    @Operation(summary = "People I may know: same team, then mutual connections")
    @APIResponse(responseCode = "200", description = "Suggestions with the reason")
    public List<SuggestionView> suggestions() {
        return connections.suggestions(tenant.slug(), caller.personId()).stream()
                .map(s -> new SuggestionView(s.personId(), s.displayName(), s.reason(), s.mutualCount())).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One of my connections")
    @APIResponse(responseCode = "200", description = "The connection")
    @APIResponse(responseCode = "404", description = "No such connection of yours (problem+json)")
    public ConnectionView get(@PathParam("id") String id) {
        return ConnectionView.of(connections.get(tenant.slug(), caller.personId(), uuid(id)), caller.personId());
    }

    @POST
    @Path("{id}/accept")
    @Operation(summary = "Accept a connection request made to me")
    @APIResponse(responseCode = "200", description = "The accepted connection")
    @APIResponse(responseCode = "404", description = "No such connection of yours (problem+json)")
    @APIResponse(responseCode = "409", description = "Not yours to answer, or already accepted (problem+json)")
    public ConnectionView accept(@PathParam("id") String id) {
        return ConnectionView.of(connections.accept(tenant.slug(), caller.personId(), uuid(id)), caller.personId());
    }

    @POST
    @Path("{id}/decline")
    @Operation(summary = "Decline a connection request made to me")
    @APIResponse(responseCode = "204", description = "Declined")
    @APIResponse(responseCode = "404", description = "No such connection of yours (problem+json)")
    @APIResponse(responseCode = "409", description = "Not yours to answer, or already accepted (problem+json)")
    public Response decline(@PathParam("id") String id) {
        connections.decline(tenant.slug(), caller.personId(), uuid(id));
        return Response.noContent().build();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Remove a connection, or withdraw my request")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such connection of yours (problem+json)")
    public Response remove(@PathParam("id") String id) {
        connections.remove(tenant.slug(), caller.personId(), uuid(id));
        return Response.noContent().build();
    }

    @PUT
    @Path("{id}/sharing")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Choose what this connection sees of my mood: none, summary or full (never notes)")
    @APIResponse(responseCode = "200", description = "The connection")
    @APIResponse(responseCode = "400", description = "Unknown level (problem+json)")
    @APIResponse(responseCode = "404", description = "No such connection of yours (problem+json)")
    public ConnectionView sharing(@PathParam("id") String id, SharingRequest request) {
        Sharing level = request == null ? null : Sharing.parse(request.level());
        new Validation().require(level != null, "level", "must be none, summary or full").throwIfInvalid();
        return ConnectionView.of(connections.setSharing(tenant.slug(), caller.personId(), uuid(id), level), caller.personId());
    }

    @GET
    @Path("{id}/mood")
    @Operation(summary = "What this connection shares of their mood with me, at the level they chose")
    @APIResponse(responseCode = "200", description = "level, and summary and/or entries as allowed")
    @APIResponse(responseCode = "404", description = "No such connection of yours (problem+json)")
    public SharedMoodView mood(@PathParam("id") String id) {
        SharedMood shared = connections.sharedMood(tenant.slug(), caller.personId(), uuid(id));
        return new SharedMoodView(shared.level().json(), shared.summary(), shared.entries());
    }

    static UUID uuid(String id) {
        return Ids.parse(id, "There is no such connection of yours.");
    }
}
