package org.hugmenow.platform.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Function;
import javax.sql.DataSource;
import org.hibernate.engine.jdbc.connections.spi.MultiTenantConnectionProvider;
import org.hugmenow.platform.tenancy.TenantSlug;

/**
 * Points each checked-out connection at the tenant's schema and points it at an empty schema
 * again on release, so a connection that escapes its tenant finds no tables at all.
 * A plain class: Hibernate gets no CDI BeanManager on Payara.
 */
public final class SchemaPerTenantConnectionProvider implements MultiTenantConnectionProvider<String> {

    static final String NO_TENANT_SCHEMA = "hugmenow_no_tenant";

    private final transient DataSource anyConnection;
    private final transient Function<TenantSlug, DataSource> tenantPools;

    public SchemaPerTenantConnectionProvider(DataSource anyConnection, Function<TenantSlug, DataSource> tenantPools) {
        this.anyConnection = anyConnection;
        this.tenantPools = tenantPools;
    }

    @Override
    public Connection getAnyConnection() throws SQLException {
        return anyConnection.getConnection();
    }

    @Override
    public void releaseAnyConnection(Connection connection) throws SQLException {
        connection.close();
    }

    @Override
    public Connection getConnection(String tenantIdentifier) throws SQLException {
        if (tenantIdentifier == null) {
            throw new IllegalStateException("tenant data requested without a resolved tenant");
        }
        TenantSlug slug = new TenantSlug(tenantIdentifier);
        Connection connection = tenantPools.apply(slug).getConnection();
        try {
            connection.setSchema(slug.schemaName());
            return connection;
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
    }

    @Override
    public void releaseConnection(String tenantIdentifier, Connection connection) throws SQLException {
        try {
            connection.setSchema(NO_TENANT_SCHEMA);
        } finally {
            connection.close();
        }
    }

    @Override
    public boolean supportsAggressiveRelease() {
        return false;
    }

    @Override
    public boolean isUnwrappableAs(Class<?> unwrapType) {
        return unwrapType.isInstance(this);
    }

    @Override
    public <T> T unwrap(Class<T> unwrapType) {
        if (isUnwrappableAs(unwrapType)) {
            return unwrapType.cast(this);
        }
        throw new IllegalArgumentException("cannot unwrap to " + unwrapType);
    }
}
