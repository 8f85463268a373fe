package org.hugmenow.wellness.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.hugmenow.platform.db.DatabaseSignals;
import org.hugmenow.platform.outbox.OutboxConsumer;
import org.hugmenow.platform.outbox.OutboxEvent;
import org.hugmenow.platform.tenancy.TenantSlug;
import org.hugmenow.wellness.notification.domain.Notification;
import org.hugmenow.wellness.notification.persistence.NotificationStore;

/** Writes requested notifications to the inbox, once per event, and signals live streams on commit. */
@ApplicationScoped
public class NotifyConsumer implements OutboxConsumer {

    @Inject NotificationStore store;

    @Override
    public String type() {
        return Notifier.EVENT;
    }

    @Override
    public Optional<Instant> handle(TenantSlug tenant, Connection c, OutboxEvent event) throws SQLException {
        JsonObject request = Notifier.parse(event.payload());
        String personId = request.getString("personId");
        String type = request.getString("type");
        String actor = request.getString("actorId", null);
        if (!store.wanted(c, personId, type, actor)) {
            return Optional.empty();
        }
        Notification n = new Notification(UUID.randomUUID(), personId, type, request.getJsonObject("payload").toString(), Instant.now().truncatedTo(ChronoUnit.MICROS), null);
        if (store.insert(c, n, event.id())) {
            DatabaseSignals.send(c, LiveNotifications.CHANNEL, LiveNotifications.signal(tenant, n));
        }
        return Optional.empty();
    }
}
