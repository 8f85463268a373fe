package org.hugmenow.platform.db;

import java.util.Collection;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;

/**
 * Builds Hibernate for tenant data. It has no connections of its own: every session is opened
 * on the connection of a {@link TenantUnit}, which already points at the tenant's schema, and
 * its resource-local transaction is that unit's transaction.
 */
final class TenantSessionFactoryBuilder {

    private TenantSessionFactoryBuilder() {
    }

    static SessionFactory build(Collection<Class<?>> entities) {
        Configuration configuration = new Configuration();
        entities.forEach(configuration::addAnnotatedClass);
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
