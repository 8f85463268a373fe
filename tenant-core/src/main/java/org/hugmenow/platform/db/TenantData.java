package org.hugmenow.platform.db;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Function;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hugmenow.platform.tenancy.TenantSlug;

/**
 * The one way to tenant data. Every unit of work names its tenant explicitly, so code that has no
 * resolved tenant cannot reach any tenant schema; each unit is one connection from the tenant's
 * pool, one transaction and one schema switch ({@link TenantUnit}).
 *
 * <p>Plain JDBC gets the unit's connection ({@link #inConnection}); Hibernate gets a session
 * opened on that same connection ({@link #session}, {@link #inSession}), so JDBC and Hibernate
 * work of one unit share its transaction. A unit begun inside another is a unit of its own (its
 * own connection and transaction); only after-commit actions wait for the outermost unit.
 */
@ApplicationScoped
public class TenantData {

    /** The units open on this thread, innermost first; absent when there are none. */
    private static final ThreadLocal<Deque<TenantUnit>> OPEN_UNITS = new ThreadLocal<>();

    @Inject
    PlatformDatabase database;

    @Inject
    Instance<TenantEntities> modules;

    private volatile SessionFactory sessionFactory;

    public TenantData() {
        // for CDI
    }

    /** Outside CDI (tests): the given pools and Hibernate, which the caller closes. */
    TenantData(PlatformDatabase database, SessionFactory sessionFactory) {
        this.database = database;
        this.sessionFactory = sessionFactory;
    }

    /** Runs {@code action} after the outermost unit of work of this thread commits; never if it rolls back. */
    public static void afterCommit(Runnable action) {
        Deque<TenantUnit> units = OPEN_UNITS.get();
        if (units == null) {
            throw new IllegalStateException("afterCommit outside a unit of work");
        }
        units.getLast().afterCommit(action);
    }

    /**
     * The tenant whose unit of work, running on this thread, this connection belongs to: for code
     * handed only the caller's connection (the directory's write ports) that must publish an
     * outbox event for the right tenant.
     *
     * @throws IllegalStateException if the connection is not that of a unit running on this thread
     */
    public static TenantSlug tenantOf(Connection connection) {
        Deque<TenantUnit> units = OPEN_UNITS.get();
        if (units != null) {
            for (TenantUnit unit : units) {
                if (unit.connection() == connection) {
                    return unit.tenant();
                }
            }
        }
        throw new IllegalStateException("the connection is not that of a unit of work running on this thread");
    }

    /**
     * Plain JDBC in one unit of work on the tenant's schema, for set-based reads and writes and
     * hot paths: it skips the ORM session (a measurable share of a short request).
     */
    public <T> T inConnection(TenantSlug tenant, Jdbc<T> work) {
        return inUnit(tenant, false, work);
    }

    /**
     * Plain JDBC in one read-only unit of work whose statements all see one snapshot of the
     * tenant's schema (repeatable read), for exports that must be consistent across tables.
     */
    public <T> T inSnapshot(TenantSlug tenant, Jdbc<T> work) {
        return inUnit(tenant, true, work);
    }

    private <T> T inUnit(TenantSlug tenant, boolean snapshot, Jdbc<T> work) {
        if (tenant == null) {
            throw new IllegalStateException("tenant data requested without a resolved tenant");
        }
        Deque<TenantUnit> units = OPEN_UNITS.get();
        boolean outermost = units == null;
        if (outermost) {
            units = new ArrayDeque<>();
            OPEN_UNITS.set(units);
        }
        T result;
        List<Runnable> afterCommit;
        try (TenantUnit unit = TenantUnit.begin(database.forTenant(tenant), tenant, snapshot, this::factory)) {
            units.push(unit);
            try {
                result = work.apply(unit.connection());
                unit.commit();
            } catch (SQLException | RuntimeException e) {
                unit.rollback();
                throw e;
            } finally {
                units.pop();
            }
            afterCommit = unit.afterCommitActions();
        } catch (SQLException e) {
            throw new TenantDataException(e);
        } finally {
            if (outermost) {
                OPEN_UNITS.remove();
            }
        }
        if (outermost) {
            // Once the connection is back in the pool: what these actions start may need one.
            afterCommit.forEach(Runnable::run);
        }
        return result;
    }

    /** Hibernate in one unit of work on the tenant's schema: for rich write models. */
    public <T> T inSession(TenantSlug tenant, Function<Session, T> work) {
        return inConnection(tenant, connection -> work.apply(session(connection)));
    }

    /**
     * The Hibernate session of the running unit of work whose connection this is, opened on that
     * connection the first time: a store that takes a connection can use Hibernate in the
     * caller's transaction. The unit flushes, commits and closes it; callers never do.
     *
     * @throws IllegalStateException if the connection is not that of a unit running on this thread
     */
    public Session session(Connection connection) {
        Deque<TenantUnit> units = OPEN_UNITS.get();
        if (units != null) {
            for (TenantUnit unit : units) {
                if (unit.connection() == connection) {
                    return unit.session();
                }
            }
        }
        throw new IllegalStateException("a Hibernate session is opened only on the connection of a running unit of work");
    }

    /** A database failure in tenant data, unchecked; the web layer maps it by its cause. */
    public static final class TenantDataException extends RuntimeException {
        TenantDataException(SQLException cause) {
            super(cause.getMessage(), cause);
        }
    }

    @FunctionalInterface
    public interface Jdbc<T> {
        T apply(Connection connection) throws SQLException;
    }

    /** Built on first use: entity classes come from every module's {@link TenantEntities} bean. */
    private SessionFactory factory() {
        SessionFactory current = sessionFactory;
        if (current == null) {
            synchronized (this) {
                if (sessionFactory == null) {
                    sessionFactory = TenantSessionFactoryBuilder.build(
                            modules.stream().flatMap(m -> m.entityClasses().stream()).toList());
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
