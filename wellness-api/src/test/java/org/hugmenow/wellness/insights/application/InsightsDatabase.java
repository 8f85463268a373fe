package org.hugmenow.wellness.insights.application;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.hibernate.SessionFactory;
import org.hugmenow.platform.db.ConnectionPools;
import org.hugmenow.platform.db.DatabaseSettings;
import org.hugmenow.platform.db.PlatformDatabase;
import org.hugmenow.platform.db.TenantData;
import org.hugmenow.platform.outbox.OutboxConsumer;
import org.hugmenow.platform.outbox.OutboxEvent;
import org.hugmenow.platform.outbox.OutboxRelay;
import org.hugmenow.platform.outbox.persistence.OutboxStore;
import org.hugmenow.platform.tenancy.TenantSlug;
import org.hugmenow.tenant.directory.application.DisplayNames;
import org.hugmenow.tenant.directory.application.PersonWrites;
import org.hugmenow.tenant.directory.application.TeamWrites;
import org.hugmenow.tenant.directory.domain.ProvisionedPerson;
import org.hugmenow.tenant.directory.domain.Directory;
import org.hugmenow.tenant.directory.persistence.DirectoryStore;
import org.hugmenow.tenant.directory.persistence.DisplayNameStore;
import org.hugmenow.tenant.directory.persistence.PersonWriteStore;
import org.hugmenow.tenant.directory.persistence.TeamWriteStore;
import org.hugmenow.wellness.config.WellnessConfig;

/**
 * A real PostgreSQL (embedded) with tenant schemas migrated as the application migrates them
 * (tenant-core, wellness-api, and the hr-connectors migrations that give the directory its
 * attributes), the production beans wired over it, and a relay that hands outbox events to the
 * insights consumers the way {@code OutboxRelay} does: claimed in one transaction, each handled on
 * the event's tenant schema in that transaction, then marked processed. Events insights does not
 * consume (notifications) are marked processed untouched.
 */
final class InsightsDatabase implements AutoCloseable {

    /** The directory attributes (department, location, manager, start date) come from the hr-connectors module. */
    private static final Path HR_MIGRATIONS = Path.of("..", "hr-connectors", "src", "main", "resources", "db", "tenant");

    private final EmbeddedPostgres postgres;
    private final ConnectionPools pools;
    final TenantData data;
    final TestBeans beans = new TestBeans();
    private final Map<String, OutboxConsumer> consumers;
    private final ScheduledExecutorService relay = Executors.newSingleThreadScheduledExecutor();

    InsightsDatabase() throws Exception {
        if (!Files.isDirectory(HR_MIGRATIONS)) {
            throw new IllegalStateException("run from wellness-api: no " + HR_MIGRATIONS.toAbsolutePath());
        }
        postgres = EmbeddedPostgres.builder().setServerConfig("listen_addresses", "127.0.0.1").start();
        pools = new ConnectionPools(new DatabaseSettings(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "", 8, 2,
                Duration.ofMinutes(5)));
        PlatformDatabase database = TestBeans.construct(PlatformDatabase.class, new Class<?>[] {ConnectionPools.class}, pools);
        data = TestBeans.construct(TenantData.class, new Class<?>[] {PlatformDatabase.class, SessionFactory.class}, database, null);
        WellnessConfig config = TestBeans.bare(WellnessConfig.class);
        TestBeans.set(config, "notesKey", Optional.of(Base64.getEncoder().encodeToString(new byte[32])));
        TestBeans.set(config, "dailyHugAllowance", 10_000);
        beans.put(TenantData.class, data).put(PlatformDatabase.class, database).put(WellnessConfig.class, config)
                // Only its wake-up call is used (after a publish commits); delivery is this class's job.
                .put(OutboxRelay.class, TestBeans.bare(OutboxRelay.class))
                .implement(Directory.class, DirectoryStore.class).implement(PersonWrites.class, PersonWriteStore.class)
                .implement(TeamWrites.class, TeamWriteStore.class).implement(DisplayNames.class, DisplayNameStore.class);
        consumers = List.<OutboxConsumer>of(beans.get(CheckInProjector.class), beans.get(HugProjector.class),
                beans.get(MembershipProjector.class)).stream().collect(Collectors.toMap(OutboxConsumer::type, Function.identity()));
    }

    TenantSlug tenant(String slug, String timeZone) throws SQLException {
        TenantSlug tenant = new TenantSlug(slug);
        Flyway.configure(getClass().getClassLoader()).dataSource(pools.platform())
                .schemas(tenant.schemaName()).defaultSchema(tenant.schemaName()).createSchemas(true)
                .locations("classpath:db/tenant", "filesystem:" + HR_MIGRATIONS.toAbsolutePath())
                .outOfOrder(true).cleanDisabled(true).load().migrate();
        data.inConnection(tenant, c -> org.hugmenow.platform.db.Sql.update(c, "INSERT INTO insights_settings"
                + " (k, epsilon, time_zone, alert_drop, alert_periods, secret, updated_at) VALUES (5, 1, ?, 0.5, 2, '\\x00', now())", timeZone));
        return tenant;
    }

    /** A person as SCIM provisions them, through the directory's write port (which publishes the change). */
    void provision(TenantSlug tenant, String id, String department) {
        data.inConnection(tenant, c -> {
            beans.get(PersonWrites.class).provision(c, id, person(id, department));
            return null;
        });
    }

    static ProvisionedPerson person(String id, String department) {
        return new ProvisionedPerson(id, id, id, id, id + "@example.org", null, null, null, department, null, null, true, "{}");
    }

    /** Delivers every due event of the tenant; returns how many. */
    int drain(TenantSlug tenant) {
        int total = 0;
        for (int batch = deliverBatch(tenant); batch > 0; batch = deliverBatch(tenant)) {
            total += batch;
        }
        return total;
    }

    private int deliverBatch(TenantSlug tenant) {
        return data.inConnection(tenant, c -> {
            // As the relay does: a batching consumer gets its events of the claim together.
            List<OutboxEvent> events = OutboxStore.claimDue(c, 50);
            java.util.Map<String, List<OutboxEvent>> together = new java.util.LinkedHashMap<>();
            for (OutboxEvent event : events) {
                OutboxConsumer consumer = consumers.get(event.type());
                if (consumer != null && consumer.handlesBatches()) {
                    together.computeIfAbsent(event.type(), t -> new java.util.ArrayList<>()).add(event);
                } else if (consumer != null) {
                    consumer.handle(tenant, c, event);
                }
                OutboxStore.processed(c, event.id());
            }
            for (List<OutboxEvent> sameType : together.values()) {
                consumers.get(sameType.get(0).type()).handleAll(tenant, c, sameType);
            }
            return events.size();
        });
    }

    /** Delivers the tenant's events every 100 ms in the background, as the relay's tick does. */
    void relayContinuously(TenantSlug tenant) {
        relay.scheduleWithFixedDelay(() -> {
            try {
                drain(tenant);
            } catch (RuntimeException e) {
                e.printStackTrace(); // and try again at the next tick, as the relay does
            }
        }, 100, 100, TimeUnit.MILLISECONDS);
    }

    /** Sets the day membership changes are dated by (the tenant's time zone applies to this instant). */
    void today(LocalDate day) {
        beans.get(Memberships.class).clock = Clock.fixed(day.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }

    <T> T sql(TenantSlug tenant, TenantData.Jdbc<T> work) {
        return data.inConnection(tenant, work);
    }

    static Instant at(LocalDate day, int hour) {
        return day.atTime(hour, 0).toInstant(ZoneOffset.UTC);
    }

    @Override
    public void close() throws Exception {
        relay.shutdownNow();
        relay.awaitTermination(5, TimeUnit.SECONDS);
        pools.close();
        postgres.close();
    }

}
