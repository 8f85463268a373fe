package org.hugmenow.wellness.insights;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import org.hugmenow.platform.db.ConnectionPools;
import org.hugmenow.platform.db.DatabaseSettings;
import org.hugmenow.platform.db.SchemaMigrator;
import org.hugmenow.platform.db.TenantData;
import org.hugmenow.platform.db.TenantDataForTests;
import org.hugmenow.platform.tenancy.TenantSlug;

/**
 * A real PostgreSQL (embedded) with the platform schema and migrated tenant schemas, for the
 * insights integration tests; rows the data side would keep are written with plain SQL.
 */
public final class InsightsTestDatabase implements AutoCloseable {

    private final EmbeddedPostgres postgres;
    private final ConnectionPools pools;
    private final SchemaMigrator migrator = new SchemaMigrator(InsightsTestDatabase.class.getClassLoader());
    public final TenantData data;

    public InsightsTestDatabase() throws Exception {
        postgres = EmbeddedPostgres.builder().setServerConfig("listen_addresses", "127.0.0.1").start();
        pools = new ConnectionPools(new DatabaseSettings(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "",
                8, 2, Duration.ofMinutes(5)));
        migrator.migratePlatform(pools.platform());
        data = TenantDataForTests.over(pools);
    }

    public TenantSlug tenant(String slug) {
        TenantSlug tenant = new TenantSlug(slug);
        migrator.migrateTenant(pools.platform(), tenant);
        return tenant;
    }

    public DataSource platform() {
        return pools.platform();
    }

    /**
     * Runs one statement on the tenant's schema, in its own transaction. A write to insights' tables
     * stands for one of their writers, so it raises the change counter as they do.
     */
    public int sql(TenantSlug tenant, String sql, Object... params) {
        return data.inConnection(tenant, c -> {
            int rows = update(c, sql, params);
            if (!sql.stripLeading().toUpperCase(java.util.Locale.ROOT).startsWith("SELECT") && sql.contains("insights_")) {
                update(c, "UPDATE insights_change SET version = version + 1");
            }
            return rows;
        });
    }

    public static int update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            return s.executeUpdate();
        }
    }

    @Override
    public void close() throws Exception {
        pools.close();
        postgres.close();
    }
}
