package org.hugmenow.wellness.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.hugmenow.platform.db.DatabaseSignals;
import org.hugmenow.platform.json.Jsons;
import org.hugmenow.tenant.registry.domain.TenantSlug;
import org.hugmenow.wellness.notification.domain.Notification;

/**
 * Live subscribers of this instance, by tenant and person. New inbox entries reach them through a
 * database signal sent on commit, so a stream on any instance sees notifications written by any other.
 */
@ApplicationScoped
public class LiveNotifications {

    static final String CHANNEL = "hugmenow_notifications";

    @Inject
    DatabaseSignals signals;

    private final Map<String, Set<Consumer<Notification>>> subscribers = new ConcurrentHashMap<>();
    private volatile boolean listening;

    /** Returns a handle that unsubscribes. */
    public Runnable subscribe(TenantSlug tenant, String personId, Consumer<Notification> subscriber) {
        ensureListening();
        String key = key(tenant.value(), personId);
        subscribers.computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet()).add(subscriber);
        return () -> subscribers.computeIfPresent(key, (k, set) -> {
            set.remove(subscriber);
            return set.isEmpty() ? null : set;
        });
    }

    static String signal(TenantSlug tenant, Notification n) {
        return Jsons.object().add("tenant", tenant.value()).add("id", n.id().toString()).add("personId", n.personId())
                .add("type", n.type()).add("payload", n.payload()).add("createdAt", n.createdAt().toString()).build().toString();
    }

    private void deliver(String signal) {
        JsonObject s = Notifier.parse(signal);
        var targets = subscribers.get(key(s.getString("tenant"), s.getString("personId")));
        if (targets == null) {
            return;
        }
        Notification n = new Notification(UUID.fromString(s.getString("id")), s.getString("personId"), s.getString("type"),
                s.getString("payload"), Instant.parse(s.getString("createdAt")), null);
        targets.forEach(t -> t.accept(n));
    }

    private void ensureListening() {
        if (!listening) {
            synchronized (this) {
                if (!listening) {
                    signals.listen(CHANNEL, this::deliver);
                    listening = true;
                }
            }
        }
    }

    private static String key(String tenant, String personId) {
        return tenant + "/" + personId;
    }
}
