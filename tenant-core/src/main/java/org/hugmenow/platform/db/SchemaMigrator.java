package org.hugmenow.platform.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;
import org.hugmenow.platform.tenancy.TenantSlug;

/**
 * Flyway for the {@code platform} schema and for each tenant schema. Every module puts its
 * tenant migrations under {@code db/tenant/<module>/} in its own version band (see ADR 0001),
 * so one history table per schema serves all modules; {@code outOfOrder} lets a module add a
 * migration below another module's newer band.
 */
public final class SchemaMigrator {

    static final String TENANT_LOCATION = "classpath:db/tenant";
    static final String PLATFORM_LOCATION = "classpath:db/platform";
    private static final String PROBE_SCHEMA = "hugmenow_migration_probe";

    private final ClassLoader classLoader;

    public SchemaMigrator(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    public MigrateResult migratePlatform(DataSource dataSource) {
        return Flyway.configure(classLoader).dataSource(dataSource)
                .schemas("platform").defaultSchema("platform").createSchemas(true)
                .locations(PLATFORM_LOCATION).outOfOrder(true).cleanDisabled(true).load().migrate();
    }

    public MigrateResult migrateTenant(DataSource dataSource, TenantSlug slug) {
        return tenantFlyway(dataSource, slug.schemaName()).migrate();
    }

    /** The versions every up-to-date tenant schema holds, read from the classpath. */
    public Set<String> availableTenantVersions(DataSource dataSource) {
        return Arrays.stream(tenantFlyway(dataSource, PROBE_SCHEMA).info().all())
                .filter(info -> info.getVersion() != null)
                .map(MigrationInfo::getVersion)
                .map(Object::toString)
                .collect(Collectors.toSet());
    }

    /**
     * Applied versions of every tenant schema in one round trip, through a PL/pgSQL function:
     * Flyway's own {@code info()} per schema is far too slow at a thousand schemas.
     */
    public Map<String, Set<String>> appliedTenantVersions(DataSource dataSource) throws SQLException {
        Map<String, Set<String>> applied = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT schema_name, versions FROM platform.tenant_schema_versions()")) {
            while (rows.next()) {
                String[] versions = (String[]) rows.getArray(2).getArray();
                applied.put(rows.getString(1), new HashSet<>(Arrays.asList(versions)));
            }
        }
        return applied;
    }

    private Flyway tenantFlyway(DataSource dataSource, String schema) {
        return Flyway.configure(classLoader).dataSource(dataSource)
                .schemas(schema).defaultSchema(schema).createSchemas(true)
                .locations(TENANT_LOCATION).outOfOrder(true).cleanDisabled(true)
                .load();
    }

}
