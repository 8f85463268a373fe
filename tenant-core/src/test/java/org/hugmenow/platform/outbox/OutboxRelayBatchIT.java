package org.hugmenow.platform.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hugmenow.platform.db.ConnectionPools;
import org.hugmenow.platform.db.DatabaseSettings;
import org.hugmenow.platform.db.SchemaMigrator;
import org.hugmenow.platform.db.Sql;
import org.hugmenow.platform.db.TenantAvailability;
import org.hugmenow.platform.db.TenantData;
import org.hugmenow.platform.db.TenantDataForTests;
import org.hugmenow.platform.outbox.persistence.OutboxStore;
import org.hugmenow.platform.tenancy.TenantSlug;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The relay on real PostgreSQL: a batching consumer gets a claim's events of its type in one call;
 * when that call fails, its writes are rolled back and each event is delivered on its own, so only
 * the bad one is retried; other types are delivered one by one as before.
 */
class OutboxRelayBatchIT {

    private static EmbeddedPostgres postgres;
    private static ConnectionPools pools;
    private static TenantData data;
    private static final SchemaMigrator MIGRATOR = new SchemaMigrator(OutboxRelayBatchIT.class.getClassLoader());

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.builder().setServerConfig("listen_addresses", "127.0.0.1").start();
        pools = new ConnectionPools(new DatabaseSettings(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "",
                4, 1, Duration.ofMinutes(5)));
        MIGRATOR.migratePlatform(pools.platform());
        data = TenantDataForTests.over(pools);
    }

    @AfterAll
    static void stop() throws Exception {
        pools.close();
        postgres.close();
    }

    @Test
    void aClaimsEventsOfABatchingTypeGoTogetherAndOtherTypesOneByOne() throws Exception {
        TenantSlug tenant = tenant("relay-together");
        Recorder batching = new Recorder("test.batch", true);
        Recorder single = new Recorder("test.single", false);
        publish(tenant, "test.batch", "a", "b", "c");
        publish(tenant, "test.single", "x", "y");

        relay(batching, single).deliver(tenant);

        assertEquals(List.of(3), batching.batches);
        assertEquals(List.of(), batching.singles, "no event of the batch went alone");
        assertEquals(List.of("x", "y"), single.singles);
        assertEquals(List.of("a", "b", "c", "x", "y"), written(tenant));
        assertEquals(0, pending(tenant));
    }

    @Test
    void aFailedBatchIsRolledBackAndDeliveredOneByOneSoOnlyTheBadEventIsRetried() throws Exception {
        TenantSlug tenant = tenant("relay-fallback");
        Recorder batching = new Recorder("test.batch", true);
        publish(tenant, "test.batch", "a", "poison", "c");

        relay(batching).deliver(tenant);

        assertEquals(List.of(3), batching.batches, "tried together first");
        assertEquals(List.of("a", "poison", "c"), batching.singles, "then each on its own");
        assertEquals(List.of("a", "c"), written(tenant), "the batch's own writes were rolled back; the good events' stand");
        assertEquals(1, pending(tenant));
        assertEquals(1L, count(tenant, "SELECT count(*) FROM outbox_event WHERE processed_at IS NULL AND attempts = 1"
                + " AND last_error LIKE '%IllegalStateException%'"));
    }

    private static TenantSlug tenant(String slug) throws Exception {
        TenantSlug tenant = new TenantSlug(slug);
        MIGRATOR.migrateTenant(pools.platform(), tenant);
        return tenant;
    }

    private static OutboxRelay relay(OutboxConsumer... consumers) {
        OutboxRelay relay = new OutboxRelay();
        relay.data = data;
        relay.availability = new TenantAvailability();
        relay.use(List.of(consumers));
        return relay;
    }

    private static void publish(TenantSlug tenant, String type, String... payloads) {
        data.inConnection(tenant, c -> {
            Instant at = Instant.now().minusSeconds(1);
            for (String payload : payloads) {
                OutboxStore.insert(c, UUID.randomUUID(), type, payload, at);
                at = at.plusMillis(1);
            }
            return null;
        });
    }

    private static List<String> written(TenantSlug tenant) {
        return data.inConnection(tenant, c -> Sql.list(c, "SELECT setting_key FROM tenant_setting ORDER BY setting_key", r -> r.getString(1)));
    }

    private static long pending(TenantSlug tenant) {
        return count(tenant, "SELECT count(*) FROM outbox_event WHERE processed_at IS NULL");
    }

    private static long count(TenantSlug tenant, String sql) {
        return data.inConnection(tenant, c -> Sql.count(c, sql));
    }

    /** Writes a setting per event, so a rollback shows; the event "poison" fails. */
    private static final class Recorder implements OutboxConsumer {
        final String type;
        final List<Integer> batches = Collections.synchronizedList(new ArrayList<>());
        final List<String> singles = Collections.synchronizedList(new ArrayList<>());

        private final boolean batchesAllowed;

        Recorder(String type, boolean together) {
            this.type = type;
            this.batchesAllowed = together;
        }

        @Override
        public String type() {
            return type;
        }

        @Override
        public boolean handlesBatches() {
            return batchesAllowed;
        }

        @Override
        public Optional<Instant> handle(TenantSlug tenant, Connection c, OutboxEvent event) throws SQLException {
            singles.add(event.payload());
            write(c, event);
            return Optional.empty();
        }

        @Override
        public void handleAll(TenantSlug tenant, Connection c, List<OutboxEvent> events) throws SQLException {
            batches.add(events.size());
            for (OutboxEvent event : events) {
                write(c, event);
            }
        }

        private static void write(Connection c, OutboxEvent event) throws SQLException {
            Sql.update(c, "INSERT INTO tenant_setting (setting_key, value, updated_by) VALUES (?, 'v', 'relay')", event.payload());
            if (event.payload().equals("poison")) {
                throw new IllegalStateException("a bad event");
            }
        }
    }
}
