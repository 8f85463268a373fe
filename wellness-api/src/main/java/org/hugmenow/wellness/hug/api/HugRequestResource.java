package org.hugmenow.wellness.hug.api;

import jakarta.annotation.security.RolesAllowed;
import org.hugmenow.platform.web.MultilineText;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.hugmenow.wellness.hug.application.HugRequestService;
import org.hugmenow.wellness.hug.domain.HugRequest;
import org.hugmenow.wellness.shared.api.Ids;
import org.hugmenow.platform.security.Roles;
import org.hugmenow.platform.refusal.Refusal;

@Path("/v1/hug-requests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.MEMBERS)
@Tag(name = "Hugs")
@APIResponse(responseCode = "401", description = "Missing or invalid token (problem+json)")
@APIResponse(responseCode = "403", description = "Not a tenant member's token (problem+json)")
public class HugRequestResource {

    @Inject HugRequestService requests;
    @Inject CallerContext caller;
    @Inject RequestTenant tenant;

    public record CreateRequest(List<String> recipientIds, @MultilineText String message) {
    }

    public record RecipientView(String personId, UUID answeredHugId) {
    }

    public record RequestView(UUID id, String requesterId, String message, String status, List<RecipientView> recipients, Instant createdAt) {
        static RequestView of(HugRequest r) {
            return new RequestView(r.id(), r.requesterId(), r.message(), r.status().name().toLowerCase(),
                    r.recipients().stream().map(x -> new RecipientView(x.personId(), x.answeredHugId())).toList(), r.createdAt());
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Say \"I could use a hug\", privately, to chosen connections")
    @APIResponse(responseCode = "201", description = "The request")
    @APIResponse(responseCode = "400", description = "No recipients, a non-connection, or a message over 500 characters (problem+json)")
    @APIResponse(responseCode = "404", description = "A recipient id that names no colleague of your organization (problem+json)")
    public Response create(CreateRequest body) {
        new Validation().require(body != null, "body", "is required").throwIfInvalid();
        List<String> to = body.recipientIds() == null ? List.of() : body.recipientIds();
        new Validation().require(!to.isEmpty() && to.size() <= 20, "recipientIds", "must name 1 to 20 of your connections")
                .require(to.stream().allMatch(id -> id != null && !id.isBlank()), "recipientIds", "must not hold empty ids")
                .require(body.message() == null || body.message().length() <= HugResource.MAX_MESSAGE, "message",
                        "must be at most " + HugResource.MAX_MESSAGE + " characters")
                .throwIfInvalid();
        String message = body.message() == null || body.message().isBlank() ? null : body.message();
        RequestView view = RequestView.of(requests.create(tenant.slug(), caller.personId(), to, message));
        return Response.created(URI.create("/api/v1/hug-requests/" + view.id())).entity(view).build();
    }

    @GET
    @Operation(summary = "Hug requests made to me (received) or by me (sent)")
    @APIResponse(responseCode = "200", description = "Requests, newest first")
    public List<RequestView> list(@QueryParam("box") String box) {
        String which = box == null ? "received" : box;
        new Validation().require(which.equals("received") || which.equals("sent"), "box", "must be received or sent").throwIfInvalid();
        return requests.list(tenant.slug(), caller.personId(), which.equals("sent")).stream().map(RequestView::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A hug request I made or was asked in")
    @APIResponse(responseCode = "200", description = "The request")
    @APIResponse(responseCode = "404", description = "No such request of yours (problem+json)")
    public RequestView get(@PathParam("id") String id) {
        return RequestView.of(requests.get(tenant.slug(), caller.personId(), uuid(id)));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Close my hug request")
    @APIResponse(responseCode = "204", description = "Closed")
    @APIResponse(responseCode = "404", description = "No such request of yours (problem+json)")
    public Response close(@PathParam("id") String id) {
        requests.close(tenant.slug(), caller.personId(), uuid(id));
        return Response.noContent().build();
    }

    static UUID uuid(String id) {
        return Ids.parse(id, "There is no such hug request of yours.");
    }
}
