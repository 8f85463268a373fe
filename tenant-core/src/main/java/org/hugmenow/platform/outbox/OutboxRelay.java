package org.hugmenow.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hugmenow.platform.bootstrap.BackgroundWork;
import org.hugmenow.platform.bootstrap.StartupTask;
import org.hugmenow.platform.db.TenantAvailability;
import org.hugmenow.platform.db.TenantData;
import org.hugmenow.platform.logging.ContextLogger;
import org.hugmenow.platform.logging.LogContext;
import org.hugmenow.platform.outbox.persistence.OutboxStore;
import org.hugmenow.platform.tenancy.TenantRepository;
import org.hugmenow.platform.tenancy.TenantSlug;
import org.hugmenow.platform.tenancy.TenantStatus;

/**
 * Delivers outbox events to their consumers, one event per transaction. Instances share the work
 * through {@code FOR UPDATE SKIP LOCKED}. Events published here are picked up at once after
 * commit; a sweep over all tenants finds what other instances, a crash or a schedule left.
 */
@ApplicationScoped
public class OutboxRelay implements StartupTask {

    private static final ContextLogger LOG = ContextLogger.of(OutboxRelay.class);
    static final int MAX_ATTEMPTS = 12;
    private static final Duration TICK = Duration.ofMillis(100);
    private static final Duration SWEEP = Duration.ofSeconds(15);
    static final int BATCH = 50;
    /** Workers per tenant while a backlog lasts: the background pool has four threads, shared by every task. */
    static final int DRAINERS = 2;
    /** Delivered events are purged after a week (see {@link OutboxStore#purgeDelivered}), about hourly. */
    private static final int PURGE_EVERY_SWEEPS = 240;

    @Inject TenantData data;
    @Inject TenantRepository tenants;
    @Inject TenantAvailability availability;
    @Inject BackgroundWork background;
    @Inject Instance<OutboxConsumer> consumerBeans;

    private final Map<TenantSlug, Instant> nextDue = new ConcurrentHashMap<>();
    private final Map<String, Long> parked = new ConcurrentHashMap<>();
    private long sweeps;
    private volatile Map<String, OutboxConsumer> consumers;

    /** Starts delivery once start-up migrations are done. */
    @Override
    public void start() {
        use(consumerBeans.stream().toList());
        background.submit(this::sweep);
        background.every(TICK, this::deliverDue);
        background.every(SWEEP, this::sweep);
    }

    /** The consumers by event type; {@link #start} passes the CDI beans. */
    void use(List<OutboxConsumer> beans) {
        consumers = beans.stream().collect(Collectors.toMap(OutboxConsumer::type, Function.identity()));
    }

    /** Called after a commit that published an event for {@code tenant} due at {@code at}. */
    void wake(TenantSlug tenant, Instant at) {
        nextDue.merge(tenant, at, (a, b) -> a.isBefore(b) ? a : b);
    }

    void deliverDue() {
        if (consumers == null) {
            return;
        }
        Instant now = Instant.now();
        nextDue.forEach((tenant, due) -> {
            if (!due.isAfter(now) && nextDue.remove(tenant, due)) {
                deliver(tenant);
            }
        });
    }

    /** Delivers every due event of one tenant, then remembers when the next one falls due. */
    void deliver(TenantSlug tenant) {
        if (!availability.isAvailable(tenant)) {
            return;
        }
        LogContext.tenant(tenant.value());
        try {
            if (deliverBatch(tenant) == BATCH) {
                drainWithHelpers(tenant);
            }
            earliestPending(tenant).ifPresent(at -> wake(tenant, at));
        } catch (RuntimeException e) {
            LOG.warn("outbox delivery paused for this tenant: " + e.getClass().getSimpleName());
            wake(tenant, Instant.now().plusSeconds(5));
        } finally {
            LogContext.clear();
        }
    }

    /**
     * A backlog (a full batch came back): {@link #DRAINERS} workers drain it at once, claiming with SKIP
     * LOCKED as instances do, so consumers see nothing they would not see from two instances. One
     * worker handled about 45 check-in events a second on two busy cores, mostly waiting on the
     * database, while 200 a second arrived.
     */
    private void drainWithHelpers(TenantSlug tenant) {
        List<CompletableFuture<Void>> helpers = new ArrayList<>();
        for (int i = 1; i < DRAINERS; i++) {
            helpers.add(CompletableFuture.runAsync(() -> {
                LogContext.tenant(tenant.value());
                try {
                    drain(tenant);
                } catch (RuntimeException e) {
                    LOG.warn("outbox delivery helper stopped for this tenant: " + e.getClass().getSimpleName());
                } finally {
                    LogContext.clear();
                }
            }, background::submit));
        }
        try {
            drain(tenant);
        } finally {
            // Not joined: a helper still queued behind other background work is dropped (it would find
            // nothing left), and one still running ends with its own last batch.
            helpers.forEach(h -> h.cancel(false));
        }
    }

    private void drain(TenantSlug tenant) {
        while (deliverBatch(tenant) == BATCH) {
            // a full batch: there may be more due
        }
    }

    /** Claims up to {@link #BATCH} due events in one transaction; each consumer runs under its own savepoint. */
    private int deliverBatch(TenantSlug tenant) {
        return data.inConnection(tenant, c -> {
            java.util.List<OutboxEvent> events = OutboxStore.claimDue(c, BATCH);
            Map<String, List<OutboxEvent>> batched = new java.util.LinkedHashMap<>();
            for (OutboxEvent event : events) {
                OutboxConsumer consumer = consumers.get(event.type());
                if (consumer != null && consumer.handlesBatches()) {
                    batched.computeIfAbsent(event.type(), t -> new ArrayList<>()).add(event);
                } else {
                    deliverOne(c, tenant, event);
                }
            }
            for (List<OutboxEvent> sameType : batched.values()) {
                deliverTogether(c, tenant, sameType);
            }
            return events.size();
        });
    }

    /**
     * Events of a batching consumer in one call: a backlog of check-ins costs a handful of
     * statements per claim instead of a dozen per event. Should the batch fail, each event is
     * delivered on its own, so only a bad one is retried or parked.
     */
    private void deliverTogether(java.sql.Connection c, TenantSlug tenant, List<OutboxEvent> events) throws java.sql.SQLException {
        OutboxConsumer consumer = consumers.get(events.get(0).type());
        if (events.size() > 1) {
            try (var savepoint = new Savepoint(c)) {
                consumer.handleAll(tenant, c, events);
                OutboxStore.processed(c, events.stream().map(OutboxEvent::id).toList());
                savepoint.release();
                return;
            } catch (Exception e) {
                LOG.warn("outbox batch of " + events.size() + " " + events.get(0).type() + " events failed, delivering one by one: "
                        + e.getClass().getSimpleName());
            }
        }
        for (OutboxEvent event : events) {
            deliverOne(c, tenant, event);
        }
    }

    private void deliverOne(java.sql.Connection c, TenantSlug tenant, OutboxEvent event) throws java.sql.SQLException {
        OutboxConsumer consumer = consumers.get(event.type());
        if (consumer == null) {
            park(c, event, "no consumer for type " + event.type());
            return;
        }
        try (var savepoint = new Savepoint(c)) {
            Optional<Instant> holdUntil = consumer.handle(tenant, c, event);
            savepoint.release();
            if (holdUntil.isPresent()) {
                OutboxStore.holdUntil(c, event.id(), holdUntil.get());
            } else {
                OutboxStore.processed(c, event.id());
            }
        } catch (Exception e) {
            failed(c, event, e);
        }
    }

    private void failed(java.sql.Connection c, OutboxEvent event, Exception e) throws java.sql.SQLException {
        int attempts = event.attempts() + 1;
        if (attempts >= MAX_ATTEMPTS) {
            park(c, event, e.getClass().getSimpleName());
            return;
        }
        long backoff = Math.min(600, 1L << attempts);
        LOG.warn("outbox event " + event.id() + " (" + event.type() + ") failed, retry in " + backoff + " s: " + e.getClass().getSimpleName());
        OutboxStore.retryLater(c, event.id(), attempts, e.getClass().getName(), backoff);
    }

    private static void park(java.sql.Connection c, OutboxEvent event, String reason) throws java.sql.SQLException {
        LOG.error("outbox event " + event.id() + " (" + event.type() + ") parked: " + reason, null);
        OutboxStore.park(c, event.id(), reason);
    }

    private Optional<Instant> earliestPending(TenantSlug tenant) {
        return data.inConnection(tenant, OutboxStore::earliestPending);
    }

    /** Finds events this instance was not told about: other instances' commits, a crash, schedules. */
    void sweep() {
        // Purging a week-old backlog is hourly work; finding due and parked events is every sweep's.
        boolean purge = sweeps++ % PURGE_EVERY_SWEEPS == 0;
        for (var tenant : tenants.findByStatus(TenantStatus.ACTIVE)) {
            if (!availability.isAvailable(tenant.slug())) {
                continue;
            }
            try {
                inspect(tenant.slug(), purge);
            } catch (RuntimeException e) {
                LOG.warn("outbox sweep skipped tenant " + tenant.slug().value() + ": " + e.getClass().getSimpleName());
            }
        }
    }

    /** Parked events per tenant, as of the last sweep: events that need a person to look at them. */
    public Map<String, Long> parked() {
        return Map.copyOf(parked);
    }

    /** One query for what is due next and how many events are parked; then, when it is time, the purge. */
    private void inspect(TenantSlug tenant, boolean purge) {
        long parkedCount = data.inConnection(tenant, c -> {
            OutboxStore.Backlog backlog = OutboxStore.backlog(c);
            backlog.nextDue().ifPresent(due -> wake(tenant, due));
            if (purge) {
                OutboxStore.purgeDelivered(c);
            }
            return backlog.parked();
        });
        if (parkedCount > 0) {
            parked.put(tenant.value(), parkedCount);
        } else {
            parked.remove(tenant.value());
        }
    }


    /** A consumer's failure rolls back only its own writes; the attempt count still commits. */
    private static final class Savepoint implements AutoCloseable {
        private final java.sql.Connection connection;
        private java.sql.Savepoint savepoint;

        Savepoint(java.sql.Connection connection) throws java.sql.SQLException {
            this.connection = connection;
            this.savepoint = connection.setSavepoint();
        }

        void release() throws java.sql.SQLException {
            connection.releaseSavepoint(savepoint);
            savepoint = null;
        }

        @Override
        public void close() throws java.sql.SQLException {
            if (savepoint != null) {
                connection.rollback(savepoint);
            }
        }
    }
}
