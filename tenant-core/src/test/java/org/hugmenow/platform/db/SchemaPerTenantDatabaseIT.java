package org.hugmenow.platform.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.hibernate.SessionFactory;
import org.hugmenow.platform.tenancy.TenantSlug;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Schema-per-tenant plumbing against real PostgreSQL (embedded), without the application server:
 * an integration test (failsafe), since it starts a database.
 */
class SchemaPerTenantDatabaseIT {

    private static EmbeddedPostgres postgres;
    private static ConnectionPools pools;
    private static final SchemaMigrator MIGRATOR = new SchemaMigrator(SchemaPerTenantDatabaseIT.class.getClassLoader());

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.builder().setServerConfig("listen_addresses", "127.0.0.1").start();
        pools = new ConnectionPools(new DatabaseSettings(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "",
                8, 2, Duration.ofMinutes(5)));
        MIGRATOR.migratePlatform(pools.platform());
    }

    @AfterAll
    static void stop() throws Exception {
        pools.close();
        postgres.close();
    }

    @Test
    void migratesOnlyTenantsThatAreBehindAndFencesOffABrokenOne() throws Exception {
        TenantSlug fresh = new TenantSlug("fresh-one");
        TenantSlug current = new TenantSlug("current-one");
        TenantSlug broken = new TenantSlug("broken-one");
        MIGRATOR.migrateTenant(pools.platform(), current);
        try (Connection c = pools.platform().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + broken.schemaName());
            s.execute("CREATE TABLE " + broken.schemaName() + ".tenant_setting (unexpected int)");
        }

        TenantMigrationRunner.Outcome outcome = new TenantMigrationRunner(MIGRATOR, 2)
                .migrateBehind(pools.platform(), List.of(fresh, current, broken));

        assertEquals(3, outcome.tenants());
        assertEquals(2, outcome.migrated(), "the up-to-date tenant is not touched");
        assertEquals(Set.of(broken), outcome.failures().keySet());
        Set<String> available = MIGRATOR.availableTenantVersions(pools.platform());
        assertTrue(MIGRATOR.appliedTenantVersions(pools.platform()).get(fresh.schemaName()).containsAll(available));
    }

    @Test
    void hibernateSessionsSeeOnlyTheirTenantsRows() throws Exception {
        TenantSlug a = new TenantSlug("hib-a");
        TenantSlug b = new TenantSlug("hib-b");
        MIGRATOR.migrateTenant(pools.platform(), a);
        MIGRATOR.migrateTenant(pools.platform(), b);
        insert(a, "same.key", "value of A");
        insert(b, "same.key", "value of B");
        try (SessionFactory hibernate = TenantSessionFactoryBuilder.build(List.of(Row.class))) {
            TenantData data = new TenantData(new PlatformDatabase(pools), hibernate);
            assertEquals("value of A", data.inSession(a, session -> session.find(Row.class, "same.key").value));
            assertEquals("value of B", data.inSession(b, session -> session.find(Row.class, "same.key").value));
        }
    }

    @Test
    void jdbcAndHibernateOfOneUnitShareItsTransaction() throws Exception {
        TenantSlug a = new TenantSlug("one-unit");
        MIGRATOR.migrateTenant(pools.platform(), a);
        try (SessionFactory hibernate = TenantSessionFactoryBuilder.build(List.of(Row.class))) {
            TenantData data = new TenantData(new PlatformDatabase(pools), hibernate);
            assertEquals("by jdbc", data.inConnection(a, c -> {
                Sql.update(c, "INSERT INTO tenant_setting (setting_key, value, updated_by) VALUES ('k', 'by jdbc', 'test')");
                return data.session(c).find(Row.class, "k").value;
            }));
            assertThrows(IllegalStateException.class, () -> data.inConnection(a, c -> {
                data.session(c).find(Row.class, "k").value = "by hibernate";
                data.session(c).flush();
                assertEquals(List.of("by hibernate"), Sql.list(c, "SELECT value FROM tenant_setting WHERE setting_key = 'k'", r -> r.getString(1)));
                Sql.update(c, "INSERT INTO tenant_setting (setting_key, value, updated_by) VALUES ('k2', 'lost', 'test')");
                throw new IllegalStateException("the unit fails after both wrote");
            }));
            assertEquals("by jdbc", data.inSession(a, session -> session.find(Row.class, "k").value));
            assertEquals(0, data.inConnection(a, c -> Sql.list(c, "SELECT 1 FROM tenant_setting WHERE setting_key = 'k2'", r -> 1)).size());
        }
    }

    @Test
    void releasedConnectionsPointAtNoTenantAndNullTenantsFailLoudly() throws Exception {
        TenantSlug a = new TenantSlug("rel-a");
        MIGRATOR.migrateTenant(pools.platform(), a);
        TenantData data = new TenantData(new PlatformDatabase(pools), null);
        Connection physical = data.inConnection(a, c -> {
            assertEquals(a.schemaName(), searchPath(c));
            return c.unwrap(Connection.class);
        });
        // The pool keeps the physical connection open; nobody else uses it in this test.
        assertFalse(searchPath(physical).contains(a.schemaName()), searchPath(physical));
        assertThrows(IllegalStateException.class, () -> data.inConnection(null, c -> 1));
        assertThrows(IllegalStateException.class, () -> data.session(physical));
        assertThrows(IllegalArgumentException.class, () -> new TenantSlug("x; DROP SCHEMA platform"));
    }

    private static String searchPath(Connection c) throws java.sql.SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SHOW search_path")) {
            r.next();
            return r.getString(1);
        }
    }

    private static void insert(TenantSlug tenant, String key, String value) throws Exception {
        try (Connection c = pools.platform().getConnection();
             var s = c.prepareStatement("INSERT INTO " + tenant.schemaName()
                     + ".tenant_setting (setting_key, value, updated_by) VALUES (?, ?, 'test')")) {
            s.setString(1, key);
            s.setString(2, value);
            s.executeUpdate();
        }
    }

    @jakarta.persistence.Entity
    @jakarta.persistence.Table(name = "tenant_setting")
    static class Row {
        @jakarta.persistence.Id
        @jakarta.persistence.Column(name = "setting_key")
        String key;
        String value;
    }
}
