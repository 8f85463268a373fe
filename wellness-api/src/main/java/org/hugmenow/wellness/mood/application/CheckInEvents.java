package org.hugmenow.wellness.mood.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import org.hugmenow.platform.json.Jsons;
import org.hugmenow.platform.outbox.Outbox;
import org.hugmenow.platform.tenancy.TenantSlug;

/**
 * Tells other features, through the outbox and in the transaction of the change, that check-ins
 * changed. The event names the entry and its author only, never a note, a score or a tag: a
 * consumer reads what it may see of the entry's current state, so events can arrive in any order
 * and twice. Mood owns the event type; features that react to it depend on mood, never the reverse.
 */
@ApplicationScoped
public class CheckInEvents {

    public static final String CHANGED = "wellness.checkin-changed";

    /** One changed check-in ({@code entryId} set), or every check-in of the person ({@code entryId} null, after erasure). */
    public record Change(String personId, UUID entryId, String kind) {
    }

    @Inject
    Outbox outbox;

    void recorded(Connection c, TenantSlug tenant, String personId, UUID entryId) throws SQLException {
        publish(c, tenant, personId, entryId, "recorded");
    }

    void changed(Connection c, TenantSlug tenant, String personId, UUID entryId) throws SQLException {
        publish(c, tenant, personId, entryId, "changed");
    }

    void deleted(Connection c, TenantSlug tenant, String personId, UUID entryId) throws SQLException {
        publish(c, tenant, personId, entryId, "deleted");
    }

    void erased(Connection c, TenantSlug tenant, String personId) throws SQLException {
        publish(c, tenant, personId, null, "erased");
    }

    private void publish(Connection c, TenantSlug tenant, String personId, UUID entryId, String kind) throws SQLException {
        var payload = Jsons.object().add("personId", personId).add("kind", kind);
        if (entryId != null) {
            payload.add("entryId", entryId.toString());
        }
        outbox.publish(c, tenant, CHANGED, payload.build().toString());
    }

    public static Change parse(String payload) {
        JsonObject json = Jsons.parseObject(payload);
        String entry = json.getString("entryId", null);
        return new Change(json.getString("personId"), entry == null ? null : UUID.fromString(entry), json.getString("kind"));
    }
}
