package org.hugmenow.platform.db;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Optional;
import org.hugmenow.platform.tenancy.TenantSlug;

/**
 * Schema-level operations on a tenant: migrations, the lifecycle lock and dropping the schema.
 * Migrations run on a pool of their own, because Flyway holds two connections per operation and
 * the serving pools must keep serving.
 * The lock is a PostgreSQL advisory lock per tenant, so only one instance of the cluster runs a
 * tenant's lifecycle steps at a time. It lives as long as the returned handle, on a connection
 * of its own, so long-running steps never hold a pooled platform connection.
 */
@ApplicationScoped
public class TenantSchemas {
    @Inject
    PlatformDatabase database;

    /** Creates or updates one tenant's schema (provisioning). */
    public void migrate(TenantSlug slug) {
        try (var pool = ConnectionPools.migrationPool(database.settings(), 1)) {
            migrator().migrateTenant(pool, slug);
        }
    }

    /** Brings the schemas of the given tenants up to date, {@code threads} at a time (start-up). */
    public TenantMigrationRunner.Outcome migrateBehind(Collection<TenantSlug> tenants, int threads) throws SQLException {
        try (var pool = ConnectionPools.migrationPool(database.settings(), threads)) {
            return new TenantMigrationRunner(migrator(), threads).migrateBehind(pool, tenants);
        }
    }

    /** Migrations are found on this library's class loader: in the WAR, the one every module's jar shares. */
    private SchemaMigrator migrator() {
        return new SchemaMigrator(TenantSchemas.class.getClassLoader());
    }

    /** Drops a tenant's schema and everything in it; only offboarding calls this, after the export. */
    public void dropSchema(TenantSlug slug) {
        try (Connection c = database.platform().getConnection(); var s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + slug.schemaName() + " CASCADE");
        } catch (SQLException e) {
            throw new SqlFailure("drop tenant schema", e);
        }
    }

    public Optional<AutoCloseable> tryLock(TenantSlug slug) {
        try {
            var settings = database.settings();
            Connection connection = DriverManager.getConnection(settings.url(), settings.user(), settings.password());
            try (PreparedStatement s = connection.prepareStatement("SELECT pg_try_advisory_lock(hashtext(?))")) {
                s.setString(1, "tenant-lifecycle:" + slug.value());
                try (ResultSet row = s.executeQuery()) {
                    row.next();
                    if (!row.getBoolean(1)) {
                        connection.close();
                        return Optional.empty();
                    }
                }
            } catch (SQLException | RuntimeException e) {
                connection.close();
                throw e;
            }
            return Optional.of(() -> {
                try (connection; PreparedStatement s = connection.prepareStatement("SELECT pg_advisory_unlock(hashtext(?))")) {
                    s.setString(1, "tenant-lifecycle:" + slug.value());
                    s.execute();
                }
            });
        } catch (SQLException e) {
            throw new SqlFailure("lock tenant", e);
        }
    }
}
