package org.hugmenow.wellness.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import org.hugmenow.platform.json.Jsons;
import org.hugmenow.platform.outbox.Outbox;
import org.hugmenow.platform.tenancy.TenantSlug;

/**
 * Asks for a notification as part of a change: the request rides the outbox in the same
 * transaction, so it is never lost after commit, and the inbox stores it exactly once.
 */
@ApplicationScoped
public class Notifier {

    public static final String EVENT = "wellness.notify";

    @Inject
    Outbox outbox;

    /** {@code actorId} is who caused it (null for none); a recipient who muted them is not notified. */
    public void notify(Connection c, TenantSlug tenant, String personId, String type, String actorId, JsonObject payload) throws SQLException {
        var event = Jsons.object().add("personId", personId).add("type", type).add("payload", payload);
        if (actorId != null) {
            event.add("actorId", actorId);
        }
        outbox.publish(c, tenant, EVENT, event.build().toString());
    }

    static JsonObject parse(String json) {
        try (var reader = Jsons.reader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
