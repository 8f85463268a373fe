package org.hugmenow.wellness.notification.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hugmenow.platform.config.TenantCoreConfig;
import org.hugmenow.platform.security.Caller;
import org.hugmenow.platform.security.CallerContext;
import org.hugmenow.platform.security.Roles;
import org.hugmenow.platform.tenancy.Tenant;
import org.hugmenow.wellness.notification.application.LiveNotifications;
import org.hugmenow.wellness.notification.application.NotificationService;
import org.hugmenow.wellness.notification.domain.Notification;

/**
 * Live notifications as Server-Sent Events: the same entries as the inbox, as they are written.
 * A client reconnecting with {@code Last-Event-ID} first gets what it missed. A stream ends when
 * the token that opened it expires (plus the allowed clock skew), and when its person is
 * deactivated or erases their data or its tenant is suspended (see {@link OpenStreams}).
 */
@Path("/v1/notifications/stream")
@RequestScoped
@RolesAllowed(Roles.MEMBERS)
@Tag(name = "Notifications")
public class NotificationStreamResource {

    @Inject CallerContext caller;
    @Inject LiveNotifications live;
    @Inject NotificationService notifications;
    @Inject OpenStreams open;
    @Inject TenantCoreConfig config;

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "My notifications, live (Server-Sent Events; event name = type, id = notification id)",
            description = "The stream ends with a 'stream-ended' event (data: {reason}) when the token expires, or when the"
                    + " account is deactivated, the caller's data is erased or the organization is suspended.")
    @APIResponse(responseCode = "200", description = "An event stream")
    @APIResponse(responseCode = "401", description = "Missing or invalid token (problem+json)")
    public void stream(@Context SseEventSink sink, @Context Sse sse, @HeaderParam("Last-Event-ID") String lastEventId) {
        Caller me = caller.require();
        Tenant tenant = caller.tenant();
        Instant endsAt = me.expiresAt() == null ? null : me.expiresAt().plusSeconds(config.clockSkewSeconds());
        NotificationStream stream = new NotificationStream(tenant, me.userId(), me.username(), endsAt, sink, sse, open::remove);
        // Subscribe first so nothing falls between the replay and the live feed; live events wait
        // until the replay is out, and an event in both goes out once.
        // Registered before subscribing: a stream ended in between would otherwise be added after its own removal.
        open.add(stream);
        stream.subscribed(live.subscribe(tenant.slug(), me.userId(), stream));
        if (stream.isClosed()) {
            return; // ended meanwhile; closing removed it from the open streams again
        }
        stream.comment("connected");
        List<Notification> missed = List.of();
        if (lastEventId != null) {
            try {
                missed = notifications.missedSince(tenant.slug(), me.userId(), UUID.fromString(lastEventId));
            } catch (IllegalArgumentException ignored) {
                // not an id we gave out: nothing to replay
            }
        }
        stream.replayed(missed);
    }
}
