package org.hugmenow.platform.db;

import java.util.Collection;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;

/** Builds Hibernate for schema-per-tenant data with resource-local JDBC transactions. */
public final class TenantSessionFactoryBuilder {

    private TenantSessionFactoryBuilder() {
    }

    public static SessionFactory build(SchemaPerTenantConnectionProvider connections, Collection<Class<?>> entities) {
        Configuration configuration = new Configuration();
        entities.forEach(configuration::addAnnotatedClass);
        configuration.getProperties().put(AvailableSettings.MULTI_TENANT_CONNECTION_PROVIDER, connections);
        configuration.setProperty(AvailableSettings.DIALECT, "org.hibernate.dialect.PostgreSQLDialect");
        configuration.setProperty(AvailableSettings.TRANSACTION_COORDINATOR_STRATEGY, "jdbc");
        configuration.setProperty(AvailableSettings.JTA_PLATFORM,
                "org.hibernate.engine.transaction.jta.platform.internal.NoJtaPlatform");
        configuration.setProperty(AvailableSettings.HBM2DDL_AUTO, "none");
        // Hibernate's bytecode enhancer breaks on Payara (DESIGN.md, known pitfalls).
        configuration.setProperty("hibernate.enhancer.enableDirtyTracking", "false");
        configuration.setProperty("hibernate.enhancer.enableLazyInitialization", "false");
        configuration.setProperty("hibernate.enhancer.enableAssociationManagement", "false");
        configuration.setProperty(AvailableSettings.ALLOW_METADATA_ON_BOOT, "false");
        configuration.setProperty(AvailableSettings.SHOW_SQL, "false");
        return configuration.buildSessionFactory();
    }
}
