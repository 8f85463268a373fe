package org.hugmenow.platform.db;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.Function;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hugmenow.tenant.registry.domain.TenantSlug;

/**
 * The only way to tenant data: every unit of work names its tenant explicitly, so code that
 * has no resolved tenant cannot reach any tenant schema.
 */
@ApplicationScoped
public class TenantData {

    @Inject
    PlatformDatabase database;

    @Inject
    Instance<TenantEntities> modules;

    private volatile SessionFactory sessionFactory;

    public <T> T inTransaction(TenantSlug tenant, Function<Session, T> work) {
        if (tenant == null) {
            throw new IllegalStateException("tenant data requested without a resolved tenant");
        }
        try (Session session = factory().withOptions().tenantIdentifier(tenant.value()).openSession()) {
            var transaction = session.beginTransaction();
            try {
                T result = work.apply(session);
                transaction.commit();
                return result;
            } catch (RuntimeException e) {
                if (transaction.isActive()) {
                    transaction.rollback();
                }
                throw e;
            }
        }
    }

    private SessionFactory factory() {
        SessionFactory current = sessionFactory;
        if (current == null) {
            synchronized (this) {
                if (sessionFactory == null) {
                    List<Class<?>> entities = modules.stream().flatMap(m -> m.entityClasses().stream()).toList();
                    sessionFactory = TenantSessionFactoryBuilder.build(
                            new SchemaPerTenantConnectionProvider(database.platform(), database::forTenant), entities);
                }
                current = sessionFactory;
            }
        }
        return current;
    }

    @PreDestroy
    void close() {
        if (sessionFactory != null) {
            sessionFactory.close();
        }
    }
}
