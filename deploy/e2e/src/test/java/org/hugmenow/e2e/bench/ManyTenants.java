package org.hugmenow.e2e.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.hugmenow.launcher.LocalPostgres;
import org.hugmenow.platform.db.ConnectionPools;
import org.hugmenow.platform.db.DatabaseSettings;
import org.hugmenow.platform.db.SchemaMigrator;
import org.hugmenow.platform.db.TenantMigrationRunner;
import org.hugmenow.platform.tenancy.TenantSlug;

/**
 * The operators' tenants list at scale, seeded as cheaply as it can be honestly: what the list reads is
 * the registry ({@code platform.tenant}), every tenant's completed provisioning steps
 * ({@code platform.tenant_step}) and, for the rows of the shown page, the number of active people in the
 * tenant's schema. So each tenant gets a registry row (active), the steps a real provisioning recorded,
 * and a schema migrated by the app's own {@link SchemaMigrator} holding 5 to 204 people; the background
 * work the app does for every active tenant (outbox sweeps, schedules) then finds real schemas, as in
 * production. No realm: a thousand realms on one Keycloak is what DESIGN.md's scale facts rule out, and
 * the list never reads one. Their identity home is an unused port, so nothing signs in to them.
 */
final class ManyTenants {

    static final String PREFIX = "bench-";

    private ManyTenants() {
    }

    /** Registers and migrates {@code count} tenants; {@code template} is a provisioned tenant whose steps they copy. */
    static List<TenantSlug> seed(String jdbcUrl, int count, String template, Consumer<String> out) throws Exception {
        List<TenantSlug> slugs = new ArrayList<>();
        long t0 = System.nanoTime();
        try (Connection c = DriverManager.getConnection(jdbcUrl, LocalPostgres.USER, LocalPostgres.PASSWORD)) {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO platform.tenant (id, slug, name, status, plan, keycloak_url,"
                    + " realm, issuer) VALUES (?, ?, ?, 'active', ?, 'http://127.0.0.1:1', ?, ?)")) {
                for (int i = 1; i <= count; i++) {
                    TenantSlug slug = new TenantSlug(String.format("%s%04d", PREFIX, i));
                    slugs.add(slug);
                    s.setObject(1, UUID.randomUUID());
                    s.setString(2, slug.value());
                    s.setString(3, String.format("Bench Company %04d", i));
                    s.setString(4, i % 5 == 0 ? "premium" : "standard");
                    s.setString(5, slug.value());
                    s.setString(6, "http://127.0.0.1:1/realms/" + slug.value());
                    s.addBatch();
                }
                s.executeBatch();
            }
            try (Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO platform.tenant_step (tenant_id, step) SELECT t.id, x.step FROM platform.tenant t,"
                        + " (SELECT step FROM platform.tenant_step WHERE tenant_id = (SELECT id FROM platform.tenant WHERE slug = '"
                        + template + "')) x WHERE t.slug LIKE '" + PREFIX + "%'");
            }
        }
        double registry = (System.nanoTime() - t0) / 1e9;
        long t1 = System.nanoTime();
        SchemaMigrator migrator = new SchemaMigrator(ManyTenants.class.getClassLoader());
        try (var pool = ConnectionPools.migrationPool(new DatabaseSettings(jdbcUrl, LocalPostgres.USER, LocalPostgres.PASSWORD,
                8, 1, Duration.ofMinutes(30)), 2)) {
            new TenantMigrationRunner(migrator, 2).migrateBehind(pool, slugs);
        }
        double migrated = (System.nanoTime() - t1) / 1e9;
        long t2 = System.nanoTime();
        long people = 0;
        try (Connection c = DriverManager.getConnection(jdbcUrl, LocalPostgres.USER, LocalPostgres.PASSWORD);
             Statement s = c.createStatement()) {
            for (int i = 0; i < slugs.size(); i++) {
                int n = 5 + (i * 37) % 200;
                s.executeUpdate("INSERT INTO " + schema(slugs.get(i)) + ".person (id, username, name, display_name)"
                        + " SELECT gen_random_uuid()::text, 'person-' || g, 'Person ' || g, 'Person ' || g FROM generate_series(1, " + n + ") g");
                people += n;
            }
        }
        out.accept(String.format("%,d tenants for the operators' list: registry rows and steps %.1f s, schemas migrated by SchemaMigrator"
                + " (2 threads) %.1f s (%.0f ms per tenant), %,d people (5..204 per tenant) %.1f s", count, registry, migrated,
                migrated * 1000 / Math.max(1, count), people, (System.nanoTime() - t2) / 1e9));
        return slugs;
    }

    /** Waits (at most {@code limit}) until the seeded schemas' outbox events (the migration's rebuilds) are handled. */
    static void awaitOutboxes(String jdbcUrl, List<TenantSlug> slugs, Duration limit, Consumer<String> out) throws Exception {
        long t0 = System.nanoTime();
        long pending;
        try (Connection c = DriverManager.getConnection(jdbcUrl, LocalPostgres.USER, LocalPostgres.PASSWORD)) {
            do {
                pending = 0;
                for (TenantSlug slug : slugs) {
                    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM " + schema(slug)
                            + ".outbox_event WHERE processed_at IS NULL AND NOT parked")) {
                        r.next();
                        pending += r.getLong(1);
                    }
                }
                if (pending == 0 || System.nanoTime() - t0 > limit.toNanos()) {
                    break;
                }
                Thread.sleep(5000);
            } while (true);
        }
        out.accept(String.format("  their outbox events (one insights rebuild each, queued by the migration): %s after %.0f s",
                pending == 0 ? "all handled" : String.format("%,d still pending", pending), (System.nanoTime() - t0) / 1e9));
    }

    static String schema(TenantSlug slug) {
        return "tenant_" + slug.value().replace('-', '_');
    }

    static long count(String jdbcUrl, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl, LocalPostgres.USER, LocalPostgres.PASSWORD);
             Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
