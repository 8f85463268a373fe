package org.hugmenow.platform.db;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.Function;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hugmenow.platform.tenancy.TenantSlug;

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

    /** Work to run once the current unit of work has committed; nested units share the outer list. */
    private static final ThreadLocal<java.util.List<Runnable>> AFTER_COMMIT = new ThreadLocal<>();

    /** Runs {@code action} after the unit of work this thread is in commits; never if it rolls back. */
    public static void afterCommit(Runnable action) {
        java.util.List<Runnable> actions = AFTER_COMMIT.get();
        if (actions == null) {
            throw new IllegalStateException("afterCommit outside a unit of work");
        }
        actions.add(action);
    }

    public <T> T inTransaction(TenantSlug tenant, Function<Session, T> work) {
        if (tenant == null) {
            throw new IllegalStateException("tenant data requested without a resolved tenant");
        }
        boolean outermost = AFTER_COMMIT.get() == null;
        if (outermost) {
            AFTER_COMMIT.set(new java.util.ArrayList<>());
        }
        try (Session session = factory().withOptions().tenantIdentifier(tenant.value()).openSession()) {
            var transaction = session.beginTransaction();
            T result;
            try {
                result = work.apply(session);
                transaction.commit();
            } catch (RuntimeException e) {
                if (transaction.isActive()) {
                    transaction.rollback();
                }
                throw e;
            }
            if (outermost) {
                AFTER_COMMIT.get().forEach(Runnable::run);
            }
            return result;
        } finally {
            if (outermost) {
                AFTER_COMMIT.remove();
            }
        }
    }

    /**
     * Plain JDBC in one transaction on the tenant's schema, for set-based reads and writes. It
     * skips the ORM session (a measurable share of a short request), with the same schema
     * switching and release as Hibernate's sessions get.
     */
    public <T> T inConnection(TenantSlug tenant, Jdbc<T> work) {
        if (tenant == null) {
            throw new IllegalStateException("tenant data requested without a resolved tenant");
        }
        boolean outermost = AFTER_COMMIT.get() == null;
        if (outermost) {
            AFTER_COMMIT.set(new java.util.ArrayList<>());
        }
        try {
            T result = inJdbcTransaction(tenant, work);
            if (outermost) {
                AFTER_COMMIT.get().forEach(Runnable::run);
            }
            return result;
        } catch (java.sql.SQLException e) {
            throw new TenantDataException(e);
        } finally {
            if (outermost) {
                AFTER_COMMIT.remove();
            }
        }
    }

    /**
     * The schema is set with {@code SET LOCAL}, which PostgreSQL undoes when the transaction ends,
     * committed or not: the connection goes back to the pool pointing at no tenant, without a
     * separate reset round trip.
     */
    private <T> T inJdbcTransaction(TenantSlug tenant, Jdbc<T> work) throws java.sql.SQLException {
        try (java.sql.Connection connection = database.forTenant(tenant).getConnection()) {
            connection.setAutoCommit(false);
            try {
                try (java.sql.Statement schema = connection.createStatement()) {
                    schema.execute("SET LOCAL search_path TO " + tenant.schemaName());
                }
                T result = work.apply(connection);
                connection.commit();
                return result;
            } catch (java.sql.SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    /** A database failure in tenant data, unchecked; the web layer maps it by its cause. */
    public static final class TenantDataException extends RuntimeException {
        TenantDataException(java.sql.SQLException cause) {
            super(cause.getMessage(), cause);
        }
    }

    @FunctionalInterface
    public interface Jdbc<T> {
        T apply(java.sql.Connection connection) throws java.sql.SQLException;
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
