package org.hugmenow.platform.outbox;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hugmenow.platform.tenancy.TenantSlug;

/**
 * Reacts to outbox events of one type, as a CDI bean. It runs in the transaction that marks the
 * event processed, on the event's tenant schema, so what it writes there commits exactly once;
 * anything it does outside that transaction must be idempotent, keyed by the event id.
 */
public interface OutboxConsumer {

    String type();

    /** Handles the event; returns a later moment to hold it until (for example quiet hours), or empty when done. */
    Optional<Instant> handle(TenantSlug tenant, Connection connection, OutboxEvent event) throws SQLException;

    /**
     * Whether {@link #handleAll} may take several events of this type at once. Such a consumer
     * never holds an event, and is order-free: events of other types in the same claim may be
     * delivered before or after.
     */
    default boolean handlesBatches() {
        return false;
    }

    /**
     * Handles several events in one go, all or nothing: when it throws, the relay delivers each
     * event on its own through {@link #handle}, so one bad event costs only its own retries.
     */
    default void handleAll(TenantSlug tenant, Connection connection, List<OutboxEvent> events) throws SQLException {
        for (OutboxEvent event : events) {
            handle(tenant, connection, event);
        }
    }
}
