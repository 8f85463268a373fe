package org.hugmenow.wellness.notification.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hugmenow.platform.security.CallerContext;
import org.hugmenow.tenant.registry.domain.TenantSlug;
import org.hugmenow.wellness.notification.application.LiveNotifications;
import org.hugmenow.wellness.notification.application.NotificationService;
import org.hugmenow.wellness.notification.domain.Notification;
import org.hugmenow.platform.security.Roles;

/**
 * Live notifications as Server-Sent Events: the same entries as the inbox, as they are written.
 * A client reconnecting with {@code Last-Event-ID} first gets what it missed.
 */
@Path("/v1/notifications/stream")
@RequestScoped
@RolesAllowed({Roles.EMPLOYEE, Roles.TEAM_LEAD, Roles.HR_ADMIN, Roles.IT_ADMIN, Roles.FINANCE})
@Tag(name = "Notifications")
public class NotificationStreamResource {

    private static final Jsonb JSON = JsonbBuilder.create();
    private static final Set<Stream> OPEN = ConcurrentHashMap.newKeySet();
    private static final ScheduledExecutorService HEARTBEAT = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "hugmenow-sse-heartbeat");
        t.setDaemon(true);
        return t;
    });

    static {
        // A comment every 20 s keeps proxies from closing idle streams and finds clients that left.
        HEARTBEAT.scheduleWithFixedDelay(() -> OPEN.forEach(Stream::heartbeat), 20, 20, TimeUnit.SECONDS);
    }

    @Inject CallerContext caller;
    @Inject LiveNotifications live;
    @Inject NotificationService notifications;

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "My notifications, live (Server-Sent Events; event name = type, id = notification id)")
    @APIResponse(responseCode = "200", description = "An event stream")
    @APIResponse(responseCode = "401", description = "Missing or invalid token (problem+json)")
    public void stream(@Context SseEventSink sink, @Context Sse sse, @HeaderParam("Last-Event-ID") String lastEventId) {
        TenantSlug tenant = caller.tenant().slug();
        String personId = caller.require().userId();
        Stream stream = new Stream(sink, sse);
        // Subscribe first so nothing falls between the replay and the live feed; live events wait
        // until the replay is out, and an event in both goes out once.
        stream.unsubscribe = live.subscribe(tenant, personId, stream::send);
        OPEN.add(stream);
        sink.send(sse.newEventBuilder().comment("connected").build());
        List<Notification> missed = List.of();
        if (lastEventId != null) {
            try {
                missed = notifications.missedSince(tenant, personId, UUID.fromString(lastEventId));
            } catch (IllegalArgumentException ignored) {
                // not an id we gave out: nothing to replay
            }
        }
        stream.replayed(missed);
    }

    private static final class Stream {
        private final SseEventSink sink;
        private final Sse sse;
        private volatile Runnable unsubscribe;
        private final Set<UUID> sent = new java.util.HashSet<>();
        private List<Notification> waiting = new java.util.ArrayList<>();

        Stream(SseEventSink sink, Sse sse) {
            this.sink = sink;
            this.sse = sse;
        }

        /** Sends the replay, then whatever arrived live meanwhile, each id once. */
        synchronized void replayed(List<Notification> missed) {
            List<Notification> live = waiting;
            waiting = null;
            missed.forEach(this::send);
            live.forEach(this::send);
        }

        synchronized void send(Notification n) {
            if (waiting != null) {
                waiting.add(n);
                return;
            }
            if (!sent.add(n.id())) {
                return;
            }
            if (sent.size() > 10_000) {
                sent.clear();
            }
            write(sse.newEventBuilder().name(n.type()).id(n.id().toString()).mediaType(MediaType.APPLICATION_JSON_TYPE)
                    .data(JSON.toJson(NotificationResource.NotificationView.of(n))).build());
        }

        void heartbeat() {
            write(sse.newEventBuilder().comment("keep-alive").build());
        }

        private synchronized void write(OutboundSseEvent event) {
            if (sink.isClosed()) {
                close();
                return;
            }
            sink.send(event).whenComplete((ok, failure) -> {
                if (failure != null) {
                    close();
                }
            });
        }

        private void close() {
            OPEN.remove(this);
            if (unsubscribe != null) {
                unsubscribe.run();
            }
            try {
                sink.close();
            } catch (RuntimeException ignored) {
                // already gone
            }
        }
    }
}
