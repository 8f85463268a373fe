package org.hugmenow.platform.db;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.hugmenow.platform.logging.ContextLogger;
import org.hugmenow.platform.tenancy.TenantSlug;

/**
 * Brings every given tenant schema up to date with bounded parallelism. Only schemas that are
 * behind are touched, and a failing tenant is recorded rather than stopping the others.
 */
public final class TenantMigrationRunner {

    private static final ContextLogger LOG = ContextLogger.of(TenantMigrationRunner.class);

    private final SchemaMigrator migrator;
    private final int threads;

    public TenantMigrationRunner(SchemaMigrator migrator, int threads) {
        this.migrator = migrator;
        this.threads = threads;
    }

    public Outcome migrateBehind(DataSource dataSource, Collection<TenantSlug> tenants) throws SQLException {
        Set<String> available = migrator.availableTenantVersions(dataSource);
        Map<String, Set<String>> applied = migrator.appliedTenantVersions(dataSource);
        List<TenantSlug> behind = tenants.stream()
                .filter(t -> !applied.getOrDefault(t.schemaName(), Set.of()).containsAll(available))
                .toList();
        Map<TenantSlug, String> failures = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> new Thread(r, "tenant-migration"));
        try {
            List<Future<?>> running = new ArrayList<>();
            for (TenantSlug tenant : behind) {
                running.add(pool.submit(() -> migrateOne(dataSource, tenant, failures)));
            }
            for (Future<?> future : running) {
                awaitQuietly(future);
            }
        } finally {
            pool.shutdownNow();
        }
        return new Outcome(tenants.size(), behind.size(), Map.copyOf(failures));
    }

    private void migrateOne(DataSource dataSource, TenantSlug tenant, Map<TenantSlug, String> failures) {
        try {
            migrator.migrateTenant(dataSource, tenant);
        } catch (RuntimeException e) {
            LOG.error("migration of tenant " + tenant + " failed; it will answer 503", e);
            failures.put(tenant, "schema migration failed");
        }
    }

    private static void awaitQuietly(Future<?> future) {
        try {
            future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            LOG.error("tenant migration task crashed", e);
        }
    }

    public record Outcome(int tenants, int migrated, Map<TenantSlug, String> failures) {
    }
}
