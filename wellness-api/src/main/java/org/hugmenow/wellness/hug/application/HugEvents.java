package org.hugmenow.wellness.hug.application;

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
 * Tells other features, through the outbox and in the transaction of the change, that delivered
 * hugs changed: one was delivered, or a person's hugs were erased. Ids only, never a message; a
 * consumer reads the current state, so order and repetition do not matter.
 */
@ApplicationScoped
public class HugEvents {

    public static final String CHANGED = "wellness.hugs-changed";

    /** One delivered hug ({@code hugId} set), or every hug sent or received by {@code personId} (after erasure). */
    public record Change(UUID hugId, String personId) {
    }

    @Inject
    Outbox outbox;

    void delivered(Connection c, TenantSlug tenant, UUID hugId) throws SQLException {
        outbox.publish(c, tenant, CHANGED, Jsons.object().add("hugId", hugId.toString()).build().toString());
    }

    void erased(Connection c, TenantSlug tenant, String personId) throws SQLException {
        outbox.publish(c, tenant, CHANGED, Jsons.object().add("personId", personId).build().toString());
    }

    public static Change parse(String payload) {
        JsonObject json = Jsons.parseObject(payload);
        String hug = json.getString("hugId", null);
        return new Change(hug == null ? null : UUID.fromString(hug), json.getString("personId", null));
    }
}
