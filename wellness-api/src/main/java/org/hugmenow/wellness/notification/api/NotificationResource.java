package org.hugmenow.wellness.notification.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hugmenow.platform.json.Jsons;
import org.hugmenow.platform.security.CallerContext;
import org.hugmenow.platform.security.RequestTenant;
import org.hugmenow.platform.web.Validation;
import org.hugmenow.wellness.notification.application.NotificationService;
import org.hugmenow.wellness.notification.domain.Notification;
import org.hugmenow.wellness.shared.api.Cursor;
import org.hugmenow.wellness.shared.api.Ids;
import org.hugmenow.platform.security.Roles;
import org.hugmenow.wellness.shared.domain.Page;
import org.hugmenow.platform.refusal.Refusal;

/** The caller's in-app inbox and notification preferences. */
@Path("/v1/notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.MEMBERS)
@Tag(name = "Notifications")
@APIResponse(responseCode = "401", description = "Missing or invalid token (problem+json)")
@APIResponse(responseCode = "403", description = "Not a tenant member's token (problem+json)")
public class NotificationResource {

    @Inject NotificationService notifications;
    @Inject CallerContext caller;
    @Inject RequestTenant tenant;

    public record NotificationView(UUID id, String type, JsonObject payload, Instant createdAt, Instant readAt) {
        public static NotificationView of(Notification n) {
            try (var reader = Jsons.reader(new StringReader(n.payload()))) {
                return new NotificationView(n.id(), n.type(), reader.readObject(), n.createdAt(), n.readAt());
            }
        }
    }

    public record InboxPage(List<NotificationView> items, String nextCursor) {
    }

    public record UnreadCount(long unread) {
    }

    public record Preference(String type, boolean enabled) {
    }

    public record PreferenceRequest(Boolean enabled) {
    }

    @GET
    @Operation(summary = "My inbox, newest first")
    @APIResponse(responseCode = "200", description = "One page and the cursor of the next")
    public InboxPage inbox(@QueryParam("unreadOnly") Boolean unreadOnly, @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        Page<NotificationView> page = notifications.inbox(tenant.slug(), caller.personId(), Boolean.TRUE.equals(unreadOnly), Cursor.decode(cursor), Cursor.limit(limit))
                .map(NotificationView::of);
        return new InboxPage(page.items(), Cursor.encode(page.next()));
    }

    @GET
    @Path("unread-count")
    @Operation(summary = "How many notifications I have not read")
    @APIResponse(responseCode = "200", description = "The count")
    public UnreadCount unread() {
        return new UnreadCount(notifications.unread(tenant.slug(), caller.personId()));
    }

    @POST
    @Path("{id}/read")
    @Operation(summary = "Mark one notification read")
    @APIResponse(responseCode = "204", description = "Marked")
    @APIResponse(responseCode = "404", description = "No such notification of yours (problem+json)")
    public Response markRead(@PathParam("id") String id) {
        notifications.markRead(tenant.slug(), caller.personId(), uuid(id));
        return Response.noContent().build();
    }

    @POST
    @Path("read-all")
    @Operation(summary = "Mark all my notifications read")
    @APIResponse(responseCode = "204", description = "Marked")
    public Response markAllRead() {
        notifications.markAllRead(tenant.slug(), caller.personId());
        return Response.noContent().build();
    }

    @GET
    @Path("preferences")
    @Operation(summary = "Which notification types I receive")
    @APIResponse(responseCode = "200", description = "Every type, on or off")
    public List<Preference> preferences() {
        return notifications.preferences(tenant.slug(), caller.personId()).entrySet().stream()
                .map(e -> new Preference(e.getKey(), e.getValue())).toList();
    }

    @PUT
    @Path("preferences/{type}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Switch a notification type on or off")
    @APIResponse(responseCode = "204", description = "Saved")
    @APIResponse(responseCode = "400", description = "enabled missing (problem+json)")
    @APIResponse(responseCode = "404", description = "No such type (problem+json)")
    public Response setPreference(@PathParam("type") String type, PreferenceRequest request) {
        new Validation().require(request != null && request.enabled() != null, "enabled", "is required (true or false)").throwIfInvalid();
        notifications.setPreference(tenant.slug(), caller.personId(), type, request.enabled());
        return Response.noContent().build();
    }

    static UUID uuid(String id) {
        return Ids.parse(id, "There is no such notification of yours.");
    }
}
