package org.hugmenow.platform.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.hugmenow.platform.tenancy.TenantSlug;

/**
 * One small pool for the platform schema plus tenant sub-pools. Tenants are hashed onto a
 * sub-pool (tenant affinity) so that each connection caches the catalog of a bounded share of
 * tenant schemas; {@code maxLifetime} sheds connections whose caches grew large anyway.
 */
public final class ConnectionPools implements AutoCloseable {

    private final HikariDataSource platform;
    private final List<HikariDataSource> tenantPools = new ArrayList<>();

    public ConnectionPools(DatabaseSettings settings) {
        this.platform = pool(settings, "platform", Math.max(2, settings.poolSize() / 4));
        int perPool = Math.max(2, settings.poolSize() / settings.subPools());
        for (int i = 0; i < settings.subPools(); i++) {
            tenantPools.add(pool(settings, "tenants-" + i, perPool));
        }
    }

    public DataSource platform() {
        return platform;
    }

    public DataSource forTenant(TenantSlug slug) {
        return tenantPools.get(Math.floorMod(slug.value().hashCode(), tenantPools.size()));
    }

    /** A separate pool for start-up migrations: Flyway holds two connections per operation. */
    public static HikariDataSource migrationPool(DatabaseSettings settings, int threads) {
        return pool(settings, "migrations", threads * 2 + 1);
    }

    private static HikariDataSource pool(DatabaseSettings settings, String name, int size) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("hugmenow-" + name);
        config.setJdbcUrl(settings.url());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(1);
        config.setMaxLifetime(settings.maxLifetime().toMillis());
        config.setConnectionTimeout(Duration.ofSeconds(5).toMillis());
        config.setInitializationFailTimeout(-1);
        config.setDriverClassName("org.postgresql.Driver");
        return new HikariDataSource(config);
    }

    @Override
    public void close() {
        tenantPools.forEach(HikariDataSource::close);
        platform.close();
    }
}
