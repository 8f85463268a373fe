package org.hugmenow.platform.outbox;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
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
}
