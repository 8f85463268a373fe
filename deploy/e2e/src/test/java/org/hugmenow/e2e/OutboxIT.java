package org.hugmenow.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import org.hugmenow.launcher.LocalPostgres;
import org.junit.jupiter.api.Test;

/**
 * The transactional outbox (ADR 0003) against the running app: an event committed but never
 * delivered (the process died after commit) is still delivered; a redelivered event writes its
 * notification once; an event nobody consumes is parked, never dropped.
 */
class OutboxIT extends DeployedAppIT {

    private static final String NOTIFY = "wellness.notify";
    private static final String CHECK_IN = "{\"score\":4,\"emotions\":[\"calm\"],\"timeZone\":\"UTC\"}";

    @Test
    void anEventLeftBehindByADeadProcessIsDeliveredExactlyOnce() throws Exception {
        String slug = Tenants.uniqueSlug("outbox");
        tenants.provision(slug);
        WellnessFixtures.Person emma = WellnessFixtures.person(api, tenants, slug, "emma", "employee");
        UUID event = UUID.randomUUID();
        // Written straight into the table, as a commit whose process died before the relay ran: no wake-up call.
        sql(slug, "INSERT INTO outbox_event (id, type, payload) VALUES (?, ?, ?)", event, NOTIFY,
                "{\"personId\":\"" + emma.id + "\",\"type\":\"streak.milestone\",\"payload\":{\"days\":7,\"date\":\"2026-11-26\"}}");

        Api.poll(() -> api.get("/api/v1/notifications", emma.token()), r -> r.status() == 200 && r.body().contains("\"days\":7"),
                Duration.ofSeconds(40), "the sweep to deliver the stranded event");
        assertEquals(1, count(slug, "SELECT count(*) FROM notification WHERE event_id = ?", event));

        // Redelivery (for example a relay that crashed after the consumer ran but before it recorded so).
        sql(slug, "UPDATE outbox_event SET processed_at = NULL WHERE id = ?", event);
        api.post("/api/v1/moods", emma.token(), CHECK_IN); // wakes the relay for this tenant
        Api.poll(() -> new Api.Reply(processed(slug, event) ? 200 : 0, "", null), r -> r.status() == 200,
                Duration.ofSeconds(40), "the redelivered event to be processed again");
        assertEquals(1, count(slug, "SELECT count(*) FROM notification WHERE event_id = ?", event), "the inbox holds it once");
        assertEquals(1, api.get("/api/v1/notifications", emma.token()).json().getJsonArray("items").stream()
                .filter(n -> n.toString().contains("\"days\":7")).count());
    }

    @Test
    void anEventWithoutAConsumerIsParkedNotLost() throws Exception {
        String slug = Tenants.uniqueSlug("outbox");
        tenants.provision(slug);
        UUID event = UUID.randomUUID();
        sql(slug, "INSERT INTO outbox_event (id, type, payload) VALUES (?, ?, ?)", event, "nobody.listens", "{}");
        Api.poll(() -> new Api.Reply(count(slug, "SELECT count(*) FROM outbox_event WHERE id = ? AND parked", event) == 1 ? 200 : 0, "", null),
                r -> r.status() == 200, Duration.ofSeconds(40), "the event to be parked");
        assertEquals(1, count(slug, "SELECT count(*) FROM outbox_event WHERE id = ? AND processed_at IS NULL AND last_error IS NOT NULL", event));
        // Details are for operators only; the public readiness is bare (ADR 0008).
        String operator = tenants.operatorToken();
        Api.poll(() -> api.get("/api/v1/platform/readiness", operator), r -> r.body().contains("\"tenant:" + slug + "\":\"1\""),
                Duration.ofSeconds(40), "readiness details to name the tenant with a parked event");
        assertFalse(api.get("/health/ready", null).body().contains(slug), "the public readiness names no tenant");
    }

    private boolean processed(String slug, UUID event) {
        return count(slug, "SELECT count(*) FROM outbox_event WHERE id = ? AND processed_at IS NOT NULL", event) == 1;
    }

    private static Connection connect(String slug) throws SQLException {
        Connection c = DriverManager.getConnection(TestStack.get().postgres.jdbcUrl(), LocalPostgres.USER, LocalPostgres.PASSWORD);
        c.createStatement().execute("SET search_path TO tenant_" + slug.replace('-', '_'));
        return c;
    }

    private static void sql(String slug, String sql, Object... params) throws SQLException {
        try (Connection c = connect(slug); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            s.execute();
        }
    }

    private static long count(String slug, String sql, Object... params) {
        try (Connection c = connect(slug); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aRefusedCheckInWritesNeitherEntryNorEvent() throws Exception {
        String slug = Tenants.uniqueSlug("outbox");
        tenants.provision(slug);
        WellnessFixtures.Person sam = WellnessFixtures.person(api, tenants, slug, "sam", "employee");
        // A check-in refused by validation writes neither the entry nor any event (the tenant's own
        // events, such as the directory's on registration, were there before).
        long events = count(slug, "SELECT count(*) FROM outbox_event");
        Api.Reply refused = api.post("/api/v1/moods", sam.token(), "{\"score\":9,\"timeZone\":\"UTC\"}");
        assertEquals(400, refused.status());
        assertEquals(0, count(slug, "SELECT count(*) FROM mood_entry"));
        assertEquals(events, count(slug, "SELECT count(*) FROM outbox_event"));
        Api.Reply created = api.post("/api/v1/moods", sam.token(), CHECK_IN);
        assertEquals(201, created.status(), created::toString);
        assertNotNull(created.json().getString("id"));
        assertEquals(1, count(slug, "SELECT count(*) FROM mood_entry"));
    }
}
