package org.hugmenow.billing.subscription.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hugmenow.billing.subscription.persistence.SeatSyncStore;
import org.hugmenow.platform.db.PlatformDatabase;
import org.hugmenow.platform.outbox.OutboxConsumer;
import org.hugmenow.platform.outbox.OutboxEvent;
import org.hugmenow.platform.tenancy.TenantSlug;
import org.hugmenow.tenant.directory.application.DirectoryChanges;

/**
 * The directory wrote people: the subscription's quantity may have to follow. This only marks the
 * tenant (idempotent, so a redelivered event is harmless); {@link SeatSync} calls Stripe once the
 * changes have been quiet for the debounce, and retries when Stripe is down.
 */
@ApplicationScoped
public class SeatChangeConsumer implements OutboxConsumer {

    @Inject PlatformDatabase database;
    @Inject SeatSyncStore seats;

    @Override
    public String type() {
        return DirectoryChanges.HEADCOUNT;
    }

    @Override
    public boolean handlesBatches() {
        return true;
    }

    @Override
    public Optional<Instant> handle(TenantSlug tenant, Connection c, OutboxEvent event) throws SQLException {
        database.inTransaction(platform -> {
            seats.markChanged(platform, tenant.value());
            return null;
        });
        return Optional.empty();
    }

    @Override
    public void handleAll(TenantSlug tenant, Connection c, List<OutboxEvent> events) throws SQLException {
        handle(tenant, c, events.get(0));
    }
}
