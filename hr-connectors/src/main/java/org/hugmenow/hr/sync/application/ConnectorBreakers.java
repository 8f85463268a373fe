package org.hugmenow.hr.sync.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.hugmenow.hr.connector.spi.ConnectorFailure;
import org.hugmenow.platform.tenancy.TenantSlug;

/**
 * One circuit breaker per tenant and HR connection: after {@value #THRESHOLD} fetches in a row
 * fail because the HR system is unavailable or answers nonsense, it opens for five minutes, then
 * lets one trial fetch through (half-open); the trial's outcome closes or reopens it.
 *
 * <p>Not MicroProfile Fault Tolerance's {@code @CircuitBreaker}: that keeps one state per
 * annotated method for the whole application, so one tenant's broken HR system would stop every
 * tenant's syncs. The state is per instance and in memory; an instance that restarts simply
 * gives the HR system another chance.
 */
@ApplicationScoped
public class ConnectorBreakers {

    static final int THRESHOLD = 3;
    static final Duration OPEN_FOR = Duration.ofMinutes(5);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final Map<String, Breaker> breakers = new ConcurrentHashMap<>();
    private final Clock clock;

    public ConnectorBreakers() {
        this(Clock.systemUTC());
    }

    ConnectorBreakers(Clock clock) {
        this.clock = clock;
    }

    public static String key(TenantSlug tenant, UUID connectionId) {
        return tenant.value() + "/" + connectionId;
    }

    /**
     * Empty when a fetch may go ahead (while half-open, as the one trial, which the caller must end
     * with {@link #succeeded}, {@link #failed} or {@link #abandoned}); otherwise why it may not.
     */
    public Optional<String> refusal(String key) {
        return breakers.computeIfAbsent(key, k -> new Breaker()).acquire(clock.instant());
    }

    public void succeeded(String key) {
        breaker(key).close();
    }

    /** Only an unavailable or garbled HR system counts; refused credentials prove it is up and answering. */
    public void failed(String key, ConnectorFailure.Kind kind) {
        switch (kind) {
            case UNAVAILABLE, BAD_RESPONSE -> breaker(key).failed(clock.instant());
            case AUTH -> breaker(key).close();
            case MISCONFIGURED -> breaker(key).abandon();
        }
    }

    /** The fetch ended without telling anything about the HR system (settings missing, a bug). */
    public void abandoned(String key) {
        breaker(key).abandon();
    }

    private Breaker breaker(String key) {
        return breakers.computeIfAbsent(key, k -> new Breaker());
    }

    private static final class Breaker {
        private int failures;
        private Instant openedAt;
        private boolean trialRunning;

        synchronized Optional<String> acquire(Instant now) {
            if (openedAt == null) {
                return Optional.empty();
            }
            Instant halfOpen = openedAt.plus(OPEN_FOR);
            if (now.isBefore(halfOpen)) {
                return Optional.of("the HR system failed " + failures + " times in a row; syncs of this connection pause until "
                        + TIME.format(halfOpen) + " (circuit breaker)");
            }
            if (trialRunning) {
                return Optional.of("a trial fetch after repeated failures is running; try again when it has finished");
            }
            trialRunning = true;
            return Optional.empty();
        }

        synchronized void failed(Instant now) {
            failures++;
            if (trialRunning || failures >= THRESHOLD) {
                openedAt = now;
            }
            trialRunning = false;
        }

        synchronized void close() {
            failures = 0;
            openedAt = null;
            trialRunning = false;
        }

        synchronized void abandon() {
            trialRunning = false;
        }
    }
}
