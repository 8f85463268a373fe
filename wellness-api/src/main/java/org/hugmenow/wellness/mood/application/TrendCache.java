package org.hugmenow.wellness.mood.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.hugmenow.platform.db.DatabaseSignals;
import org.hugmenow.platform.db.TenantData;
import org.hugmenow.tenant.registry.domain.TenantSlug;
import org.hugmenow.wellness.mood.domain.Trends;

/**
 * Computed trends per person, dropped whenever that person's check-ins change: here at once after
 * commit, and on every other instance through a database signal sent in the writing transaction.
 * A signal missed while an instance was cut off from the database is covered by a short lifetime.
 */
@ApplicationScoped
public class TrendCache {

    static final String CHANNEL = "hugmenow_mood_changed";
    private static final long LIFETIME_NANOS = 60_000_000_000L;
    private static final int MAX_PEOPLE = 50_000;

    @Inject DatabaseSignals signals;

    private final Map<String, Map<String, Cached>> byPerson = new ConcurrentHashMap<>();
    private final Map<String, Long> lastChange = new ConcurrentHashMap<>();
    private volatile boolean listening;

    private record Cached(Trends trends, long at) {
    }

    Trends get(TenantSlug tenant, String personId, LocalDate from, LocalDate to, Supplier<Trends> compute) {
        ensureListening();
        String person = key(tenant.value(), personId);
        String range = from + "/" + to;
        Cached hit = byPerson.getOrDefault(person, Map.of()).get(range);
        if (hit != null && System.nanoTime() - hit.at() < LIFETIME_NANOS) {
            return hit.trends();
        }
        long started = System.nanoTime();
        Trends fresh = compute.get();
        if (byPerson.size() >= MAX_PEOPLE || lastChange.size() >= MAX_PEOPLE) {
            byPerson.clear();
            lastChange.clear();
        }
        // Kept only if no change arrived while computing; otherwise the next read computes again.
        if (lastChange.getOrDefault(person, Long.MIN_VALUE) - started < 0) {
            byPerson.computeIfAbsent(person, k -> new ConcurrentHashMap<>()).put(range, new Cached(fresh, started));
        }
        return fresh;
    }

    /** Call inside the transaction that changes the person's check-ins. */
    public void changed(Connection c, TenantSlug tenant, String personId) throws SQLException {
        String person = key(tenant.value(), personId);
        DatabaseSignals.send(c, CHANNEL, person);
        TenantData.afterCommit(() -> forget(person));
    }

    private void forget(String person) {
        lastChange.put(person, System.nanoTime());
        byPerson.remove(person);
    }

    private void ensureListening() {
        if (!listening) {
            synchronized (this) {
                if (!listening) {
                    signals.listen(CHANNEL, this::forget);
                    listening = true;
                }
            }
        }
    }

    private static String key(String tenant, String personId) {
        return tenant + "/" + personId;
    }
}
