package org.hugmenow.wellness.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.hugmenow.platform.db.DatabaseSignals;
import org.hugmenow.platform.json.Jsons;
import org.hugmenow.platform.tenancy.TenantSlug;
import org.hugmenow.wellness.notification.domain.Notification;

/**
 * Live subscribers of this instance, by tenant and person. New inbox entries reach them through a
 * database signal sent on commit, so a stream on any instance sees notifications written by any
 * other. Likewise a person's streams end on every instance when the person is deactivated or
 * removed (the directory's {@code person_status} signal) or erases their data.
 */
@ApplicationScoped
public class LiveNotifications {

    static final String CHANNEL = "hugmenow_notifications";
    /** The directory's signal on a person's status change or removal; payload "schema/personId". */
    static final String PERSON_STATUS = "person_status";
    /** Sent when a person's live streams must end, such as on erasure; payload "schema/personId". */
    static final String ENDED = "hugmenow_stream_end";

    /** A live stream: gets each new notification of its person, and is told when it must end. */
    public interface Subscriber {
        void accept(Notification notification);

        void end(String reason);
    }

    @Inject
    DatabaseSignals signals;

    private final Map<String, Set<Subscriber>> subscribers = new ConcurrentHashMap<>();
    private volatile boolean listening;

    /** Returns a handle that unsubscribes. */
    public Runnable subscribe(TenantSlug tenant, String personId, Subscriber subscriber) {
        ensureListening();
        String key = key(tenant.schemaName(), personId);
        subscribers.computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet()).add(subscriber);
        return () -> subscribers.computeIfPresent(key, (k, set) -> {
            set.remove(subscriber);
            return set.isEmpty() ? null : set;
        });
    }

    /** Ends the person's streams on every instance once the transaction of {@code c} commits. */
    public static void endStreamsOnCommit(Connection c, TenantSlug tenant, String personId) throws SQLException {
        DatabaseSignals.send(c, ENDED, key(tenant.schemaName(), personId));
    }

    static String signal(TenantSlug tenant, Notification n) {
        return Jsons.object().add("tenant", tenant.value()).add("id", n.id().toString()).add("personId", n.personId())
                .add("type", n.type()).add("payload", n.payload()).add("createdAt", n.createdAt().toString()).build().toString();
    }

    private void deliver(String signal) {
        JsonObject s = Notifier.parse(signal);
        var targets = subscribers.get(key(new TenantSlug(s.getString("tenant")).schemaName(), s.getString("personId")));
        if (targets == null) {
            return;
        }
        Notification n = new Notification(UUID.fromString(s.getString("id")), s.getString("personId"), s.getString("type"),
                s.getString("payload"), Instant.parse(s.getString("createdAt")), null);
        targets.forEach(t -> t.accept(n));
    }

    private void end(String key, String reason) {
        var targets = subscribers.get(key);
        if (targets != null) {
            Set.copyOf(targets).forEach(t -> t.end(reason));
        }
    }

    private void ensureListening() {
        if (!listening) {
            synchronized (this) {
                if (!listening) {
                    signals.listen(CHANNEL, this::deliver);
                    // A person whose status changed was active (only active people get a stream): they no longer are.
                    signals.listen(PERSON_STATUS, key -> end(key, "account-deactivated"));
                    signals.listen(ENDED, key -> end(key, "personal-data-erased"));
                    listening = true;
                }
            }
        }
    }

    private static String key(String schema, String personId) {
        return schema + "/" + personId;
    }
}
