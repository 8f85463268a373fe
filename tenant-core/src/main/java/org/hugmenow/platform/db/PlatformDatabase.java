package org.hugmenow.platform.db;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import org.hugmenow.platform.config.TenantCoreConfig;
import org.hugmenow.platform.tenancy.TenantSlug;

/** Owns the connection pools of this instance. */
@ApplicationScoped
public class PlatformDatabase {

    @Inject
    TenantCoreConfig config;

    private ConnectionPools pools;

    public PlatformDatabase() {
        // for CDI: the pools open in open()
    }

    /** Outside CDI (tests): pools the caller opened and closes. */
    PlatformDatabase(ConnectionPools pools) {
        this.pools = pools;
    }

    @PostConstruct
    void open() {
        pools = new ConnectionPools(settings());
    }

    @PreDestroy
    void close() {
        pools.close();
    }

    public DatabaseSettings settings() {
        return new DatabaseSettings(config.dbUrl(), config.dbUser(), config.dbPassword(),
                config.poolSize(), config.subPools(), config.maxLifetime());
    }

    public DataSource platform() {
        return pools.platform();
    }

    /** Runs {@code work} in one transaction on the platform schema: committed when it returns, rolled back when it throws. */
    public <T> T inTransaction(TenantData.Jdbc<T> work) {
        try (java.sql.Connection c = platform().getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.apply(c);
                c.commit();
                return result;
            } catch (java.sql.SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (java.sql.SQLException e) {
            throw new SqlFailure("platform transaction", e);
        }
    }

    public DataSource forTenant(TenantSlug slug) {
        return pools.forTenant(slug);
    }
}
