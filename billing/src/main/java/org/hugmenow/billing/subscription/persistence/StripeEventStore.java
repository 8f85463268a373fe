package org.hugmenow.billing.subscription.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import org.hugmenow.platform.db.Sql;

/** {@code platform.stripe_event}: the ids of events already taken, so each one is applied once. */
@ApplicationScoped
public class StripeEventStore {

    /**
     * Claims the event for this transaction with its expected outcome; false when it was taken
     * before. A concurrent duplicate waits on the uncommitted row (or on the account's lock) and
     * then finds it taken.
     */
    public boolean claim(Connection c, String eventId, String type, UUID tenantId, String outcome) throws SQLException {
        return Sql.update(c, "INSERT INTO platform.stripe_event (id, type, tenant_id, outcome) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
                eventId, type, tenantId, outcome) == 1;
    }

    public void settle(Connection c, String eventId, String outcome) throws SQLException {
        Sql.update(c, "UPDATE platform.stripe_event SET outcome = ? WHERE id = ?", outcome, eventId);
    }
}
