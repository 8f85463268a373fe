package org.hugmenow.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;
import org.hugmenow.platform.db.TenantData;
import org.hugmenow.platform.outbox.persistence.OutboxStore;
import org.hugmenow.platform.tenancy.TenantSlug;

/** Records events in the same transaction as the change that causes them (ADR 0003). */
@ApplicationScoped
public class Outbox {

    @Inject
    OutboxRelay relay;

    /** Must run inside a {@link TenantData} unit of work on {@code tenant}'s schema. */
    public UUID publish(Connection connection, TenantSlug tenant, String type, String payload, Instant availableAt) throws SQLException {
        UUID id = UUID.randomUUID();
        OutboxStore.insert(connection, id, type, payload, availableAt);
        TenantData.afterCommit(() -> relay.wake(tenant, availableAt));
        return id;
    }

    public UUID publish(Connection connection, TenantSlug tenant, String type, String payload) throws SQLException {
        return publish(connection, tenant, type, payload, Instant.now());
    }
}
