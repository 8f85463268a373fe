package org.hugmenow.wellness.notification.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.hugmenow.platform.json.Jsons;
import org.hugmenow.platform.tenancy.Tenant;
import org.hugmenow.wellness.notification.application.LiveNotifications;
import org.hugmenow.wellness.notification.domain.Notification;

/**
 * One open event stream of one person. It lives no longer than the token that opened it
 * ({@code endsAt}: the token's expiry plus the allowed clock skew) and ends early when its
 * person or tenant may no longer be served; it then sends a last {@code stream-ended} event
 * naming the reason, so a client knows to reconnect with a fresh token or stop.
 */
final class NotificationStream implements LiveNotifications.Subscriber {

    private static final Jsonb JSON = JsonbBuilder.create();

    final Tenant tenant;
    final String personId;
    final String username;
    private final Instant endsAt;
    private final SseEventSink sink;
    private final Sse sse;
    private final Consumer<NotificationStream> onClose;
    private volatile Runnable unsubscribe;
    private final Set<UUID> sent = new HashSet<>();
    private List<Notification> waiting = new ArrayList<>();
    private boolean closed;

    NotificationStream(Tenant tenant, String personId, String username, Instant endsAt, SseEventSink sink, Sse sse,
                       Consumer<NotificationStream> onClose) {
        this.tenant = tenant;
        this.personId = personId;
        this.username = username;
        this.endsAt = endsAt;
        this.sink = sink;
        this.sse = sse;
        this.onClose = onClose;
    }

    synchronized void subscribed(Runnable unsubscribe) {
        if (closed) {
            unsubscribe.run(); // ended before the subscription was made
        } else {
            this.unsubscribe = unsubscribe;
        }
    }

    boolean expired(Instant now) {
        return endsAt != null && !now.isBefore(endsAt);
    }

    /** Sends the replay, then whatever arrived live meanwhile, each id once. */
    synchronized void replayed(List<Notification> missed) {
        if (closed) {
            return; // ended (erasure, expiry, suspension) while the replay was read
        }
        List<Notification> live = waiting;
        waiting = null;
        missed.forEach(this::accept);
        live.forEach(this::accept);
    }

    @Override
    public synchronized void accept(Notification n) {
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

    synchronized void comment(String text) {
        write(sse.newEventBuilder().comment(text).build());
    }

    /** Says why, then closes; nothing is sent after this. */
    @Override
    public synchronized void end(String reason) {
        if (closed) {
            return;
        }
        waiting = null;
        if (!sink.isClosed()) {
            String data = Jsons.object().add("reason", reason).build().toString();
            try {
                sink.send(sse.newEventBuilder().name("stream-ended").mediaType(MediaType.APPLICATION_JSON_TYPE).data(data).build());
            } catch (RuntimeException gone) {
                // the client left already
            }
        }
        close();
    }

    private void write(OutboundSseEvent event) {
        if (closed) {
            return;
        }
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

    synchronized boolean isClosed() {
        return closed;
    }

    private synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        onClose.accept(this);
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
