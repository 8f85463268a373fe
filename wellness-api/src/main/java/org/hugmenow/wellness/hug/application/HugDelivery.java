package org.hugmenow.wellness.hug.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.hugmenow.platform.json.Jsons;
import org.hugmenow.platform.outbox.OutboxConsumer;
import org.hugmenow.platform.outbox.OutboxEvent;
import org.hugmenow.platform.tenancy.TenantSlug;
import org.hugmenow.wellness.hug.domain.Hug;
import org.hugmenow.wellness.hug.persistence.HugStore;
import org.hugmenow.wellness.notification.application.Notifier;
import org.hugmenow.wellness.notification.domain.Notification;
import org.hugmenow.wellness.privacy.application.PrivacyService;
import org.hugmenow.wellness.shared.persistence.PeopleStore;

/**
 * Delivers hugs: at once, at their scheduled moment, or, during the recipient's quiet hours,
 * when those end. Scheduled and held hugs wait in the outbox with that moment as their due time.
 */
@ApplicationScoped
public class HugDelivery implements OutboxConsumer {

    public static final String EVENT = "wellness.hug-deliver";

    @Inject HugStore hugs;
    @Inject PrivacyService privacy;
    @Inject Notifier notifier;
    @Inject HugEvents events;

    @Override
    public String type() {
        return EVENT;
    }

    @Override
    public Optional<Instant> handle(TenantSlug tenant, Connection c, OutboxEvent event) throws SQLException {
        String id = Jsons.reader(new java.io.StringReader(event.payload())).readObject().getString("hugId");
        Optional<Hug> hug = hugs.find(c, java.util.UUID.fromString(id));
        if (hug.isEmpty() || hug.get().status() != Hug.Status.SCHEDULED) {
            return Optional.empty(); // cancelled, erased, or delivered already
        }
        if (hug.get().deliverAt().isAfter(Instant.now().truncatedTo(ChronoUnit.MICROS))) {
            return Optional.of(hug.get().deliverAt());
        }
        return deliverOrHold(c, tenant, hug.get());
    }

    /** Delivers now unless the recipient is in quiet hours; returns when to try again if held. */
    public Optional<Instant> deliverOrHold(Connection c, TenantSlug tenant, Hug hug) throws SQLException {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        if (PeopleStore.blockedEitherWay(c, hug.senderId(), hug.recipientId())) {
            hugs.cancel(c, hug.id()); // blocked after it was scheduled
            return Optional.empty();
        }
        // Held, not rescheduled: the hug keeps its requested moment, so the sender cannot read the
        // recipient's quiet hours from it; only the outbox event waits.
        Instant quietUntil = privacy.profile(c, hug.recipientId()).quietUntil(now);
        if (quietUntil != null) {
            return Optional.of(quietUntil);
        }
        hugs.markDelivered(c, hug.id(), now);
        events.delivered(c, tenant, hug.id());
        announce(c, tenant, hug, PeopleStore.names(c, java.util.List.of(hug.senderId())).getOrDefault(hug.senderId(), ""));
        return Optional.empty();
    }

    /** Tells the recipient, through the outbox, that a delivered hug arrived. */
    public void announce(Connection c, TenantSlug tenant, Hug hug, String senderName) throws SQLException {
        var payload = Jsons.object().add("hugId", hug.id().toString()).add("senderId", hug.senderId())
                .add("senderName", senderName == null ? "" : senderName).add("type", hug.type());
        if (hug.message() != null) {
            payload.add("message", hug.message());
        }
        notifier.notify(c, tenant, hug.recipientId(), Notification.HUG_RECEIVED, hug.senderId(), payload.build());
    }
}
