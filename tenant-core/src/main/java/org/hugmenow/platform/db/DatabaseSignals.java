package org.hugmenow.platform.db;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.hugmenow.platform.logging.ContextLogger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * PostgreSQL LISTEN/NOTIFY between the app's instances: a signal sent inside a transaction
 * reaches every instance's listeners only if and when that transaction commits. Signals are
 * hints for live updates (at most once); durable facts live in tables.
 */
@ApplicationScoped
public class DatabaseSignals {

    private static final ContextLogger LOG = ContextLogger.of(DatabaseSignals.class);
    private static final int MAX_PAYLOAD = 7900;

    @Inject PlatformDatabase database;

    private final Map<String, List<Consumer<String>>> listeners = new ConcurrentHashMap<>();
    private volatile Thread listenerThread;
    private volatile boolean stopped;
    /** How many channels the live connection is listening to; listen() waits for its own. */
    private volatile int listening;

    /** Sends {@code payload} on {@code channel} when the transaction of {@code connection} commits. */
    public static void send(Connection connection, String channel, String payload) throws SQLException {
        if (payload.length() > MAX_PAYLOAD) {
            throw new IllegalArgumentException("signal payload too large");
        }
        try (PreparedStatement s = connection.prepareStatement("SELECT pg_notify(?, ?)")) {
            s.setString(1, channel);
            s.setString(2, payload);
            s.execute();
        }
    }

    /**
     * Calls {@code listener} on a dedicated thread for every signal on {@code channel}, from any
     * instance. Returns once the channel is listened to (or after 3 s while the database is
     * away), so a signal sent right after this call is not missed.
     */
    public void listen(String channel, Consumer<String> listener) {
        int wanted = register(channel, listener);
        long deadline = System.nanoTime() + 3_000_000_000L;
        while (listening < wanted && System.nanoTime() < deadline) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private synchronized int register(String channel, Consumer<String> listener) {
        if (!channel.matches("[a-z_]{1,63}")) {
            throw new IllegalArgumentException("bad channel name");
        }
        listeners.computeIfAbsent(channel, c -> new CopyOnWriteArrayList<>()).add(listener);
        if (listenerThread == null) {
            listenerThread = new Thread(this::run, "hugmenow-db-signals");
            listenerThread.setDaemon(true);
            listenerThread.start();
        }
        return listeners.size();
    }

    private void run() {
        while (!stopped) {
            DatabaseSettings settings = database.settings();
            try (Connection connection = DriverManager.getConnection(settings.url(), settings.user(), settings.password())) {
                PGConnection pg = connection.unwrap(PGConnection.class);
                int channels = 0;
                listening = 0;
                while (!stopped) {
                    if (channels != listeners.size()) {
                        // A channel added later is listened to on the same connection: reconnecting
                        // would drop what the other channels are sent meanwhile.
                        channels = listeners.size();
                        try (Statement s = connection.createStatement()) {
                            for (String channel : listeners.keySet()) {
                                s.execute("LISTEN " + channel);
                            }
                        }
                        listening = channels;
                    }
                    // A short wait keeps a newly added channel's LISTEN (and its caller) prompt.
                    PGNotification[] received = pg.getNotifications(100);
                    if (received != null) {
                        for (PGNotification n : received) {
                            dispatch(n.getName(), n.getParameter());
                        }
                    }
                }
            } catch (SQLException e) {
                // The database is down or restarting: retry; live updates resume when it is back.
                LOG.warn("database signal listener reconnecting: " + e.getSQLState());
                sleep();
            }
        }
    }

    private void dispatch(String channel, String payload) {
        for (Consumer<String> listener : listeners.getOrDefault(channel, List.of())) {
            try {
                listener.accept(payload);
            } catch (RuntimeException e) {
                LOG.warn("database signal listener failed: " + e.getClass().getSimpleName());
            }
        }
    }

    private void sleep() {
        try {
            Thread.sleep(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopped = true;
        }
    }

    @PreDestroy
    void stop() {
        stopped = true;
    }
}
