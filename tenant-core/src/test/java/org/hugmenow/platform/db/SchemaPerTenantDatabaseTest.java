package org.hugmenow.platform.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hugmenow.platform.tenancy.TenantSlug;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Schema-per-tenant plumbing against real PostgreSQL (embedded), without the application server. */
class SchemaPerTenantDatabaseTest {

    private static EmbeddedPostgres postgres;
    private static ConnectionPools pools;
    private static final SchemaMigrator MIGRATOR = new SchemaMigrator(SchemaPerTenantDatabaseTest.class.getClassLoader());

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
        try (SessionFactory hibernate = TenantSessionFactoryBuilder.build(
                new SchemaPerTenantConnectionProvider(pools.platform(), pools::forTenant), List.of(Row.class))) {
            assertEquals("value of A", read(hibernate, a));
            assertEquals("value of B", read(hibernate, b));
        }
    }

    @Test
    void releasedConnectionsPointAtNoTenantAndNullTenantsFailLoudly() throws Exception {
        TenantSlug a = new TenantSlug("rel-a");
        MIGRATOR.migrateTenant(pools.platform(), a);
        SchemaPerTenantConnectionProvider provider = new SchemaPerTenantConnectionProvider(pools.platform(), pools::forTenant);
        Connection connection = provider.getConnection(a.value());
        assertEquals(a.schemaName(), connection.getSchema());
        DataSource pool = pools.forTenant(a);
        provider.releaseConnection(a.value(), connection);
        try (Connection again = pool.getConnection(); Statement s = again.createStatement();
             ResultSet r = s.executeQuery("SHOW search_path")) {
            r.next();
            assertTrue(r.getString(1).contains(SchemaPerTenantConnectionProvider.NO_TENANT_SCHEMA), r.getString(1));
        }
        assertThrows(IllegalStateException.class, () -> provider.getConnection(null));
        assertThrows(IllegalArgumentException.class, () -> provider.getConnection("x; DROP SCHEMA platform"));
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

    private static String read(SessionFactory hibernate, TenantSlug tenant) {
        try (var session = hibernate.withOptions().tenantIdentifier(tenant.value()).openSession()) {
            return session.find(Row.class, "same.key").value;
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
