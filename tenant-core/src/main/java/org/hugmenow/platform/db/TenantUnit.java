package org.hugmenow.platform.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hugmenow.platform.tenancy.TenantSlug;

/**
 * One unit of work on one tenant's data: one pooled connection, one transaction, one schema
 * switch, and at most one Hibernate session, opened on that same connection when first asked for.
 *
 * <p>Lifecycle, driven by {@link TenantData} only: {@link #begin} checks a connection out and
 * points it at the tenant's schema; the work runs; then {@link #commit()} or {@link #rollback()};
 * then {@link #close()} returns the connection. A unit belongs to the thread that began it.
 */
final class TenantUnit implements AutoCloseable {

    private final Connection connection;
    private final TenantSlug tenant;
    private final Supplier<SessionFactory> sessions;
    private final List<Runnable> afterCommit = new ArrayList<>();
    private Session session;

    private TenantUnit(Connection connection, TenantSlug tenant, Supplier<SessionFactory> sessions) {
        this.connection = connection;
        this.tenant = tenant;
        this.sessions = sessions;
    }

    /**
     * The schema is set with {@code SET LOCAL}, which PostgreSQL undoes when the transaction ends,
     * committed or not: the connection goes back to the pool pointing at no tenant, without a
     * separate reset round trip.
     */
    static TenantUnit begin(DataSource pool, TenantSlug tenant, boolean snapshot, Supplier<SessionFactory> sessions)
            throws SQLException {
        Connection connection = pool.getConnection();
        try {
            connection.setAutoCommit(false);
            try (Statement setup = connection.createStatement()) {
                if (snapshot) {
                    // Transaction-scoped like SET LOCAL: nothing to reset before the connection goes back.
                    setup.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
                }
                setup.execute("SET LOCAL search_path TO " + tenant.schemaName());
            }
            return new TenantUnit(connection, tenant, sessions);
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    Connection connection() {
        return connection;
    }

    TenantSlug tenant() {
        return tenant;
    }

    /**
     * The unit's Hibernate session, on the unit's connection. Hibernate is given a transaction of
     * its own on that connection, so it flushes before queries and at commit as usual, and its
     * commit is the unit's commit: JDBC and Hibernate work succeed or fail together.
     */
    Session session() {
        if (session == null) {
            session = sessions.get().withOptions().connection(connection).openSession();
            session.beginTransaction();
        }
        return session;
    }

    void afterCommit(Runnable action) {
        afterCommit.add(action);
    }

    List<Runnable> afterCommitActions() {
        return afterCommit;
    }

    void commit() throws SQLException {
        if (session != null) {
            // Flushes, then commits the connection; the commit below then finds nothing left to do.
            session.getTransaction().commit();
        }
        connection.commit();
    }

    void rollback() throws SQLException {
        try {
            if (session != null && session.getTransaction().isActive()) {
                session.getTransaction().rollback();
            }
        } finally {
            connection.rollback();
        }
    }

    @Override
    public void close() throws SQLException {
        try {
            if (session != null) {
                // A session opened on a given connection leaves that connection open.
                session.close();
            }
        } finally {
            connection.close();
        }
    }
}
