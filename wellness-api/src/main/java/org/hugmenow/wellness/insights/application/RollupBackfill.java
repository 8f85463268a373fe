package org.hugmenow.wellness.insights.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.hugmenow.platform.bootstrap.BackgroundWork;
import org.hugmenow.platform.logging.ContextLogger;
import org.hugmenow.platform.outbox.OutboxConsumer;
import org.hugmenow.platform.outbox.OutboxEvent;
import org.hugmenow.platform.tenancy.TenantSlug;

/**
 * Builds the rollups of a tenant that had check-ins before insights existed. The migration that
 * creates the insights tables queues one {@value #EVENT} event per tenant schema, so no start-up
 * scan of a thousand schemas is needed, and tenants are rebuilt as the outbox reaches them.
 *
 * <p>A rebuild can take minutes and must not stall outbox delivery for every other tenant, so the
 * event only asks for it: rebuilds run one at a time per instance on a background thread, and the
 * event is held and re-checked until this instance has finished its tenant. A crash or a failed
 * rebuild leaves the event pending, and the next delivery asks again (a rebuild is idempotent).
 */
@ApplicationScoped
public class RollupBackfill implements OutboxConsumer {

    public static final String EVENT = "wellness.insights-rebuild";
    private static final ContextLogger LOG = ContextLogger.of(RollupBackfill.class);
    private static final Duration RECHECK = Duration.ofSeconds(30);

    @Inject RollupRebuild rebuild;
    @Inject BackgroundWork background;

    /** Per tenant asked for on this instance: false while waiting or running, true when built. */
    private final Map<TenantSlug, Boolean> built = new ConcurrentHashMap<>();
    private final Queue<TenantSlug> waiting = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean draining = new AtomicBoolean();

    @Override
    public String type() {
        return EVENT;
    }

    @Override
    public Optional<Instant> handle(TenantSlug tenant, Connection c, OutboxEvent event) {
        Boolean done = built.get(tenant);
        if (Boolean.TRUE.equals(done)) {
            built.remove(tenant);
            return Optional.empty();
        }
        if (done == null) {
            built.put(tenant, false);
            waiting.add(tenant);
            drain();
        }
        return Optional.of(Instant.now().plus(RECHECK));
    }

    private void drain() {
        if (draining.compareAndSet(false, true)) {
            background.submit(() -> {
                try {
                    for (TenantSlug tenant = waiting.poll(); tenant != null; tenant = waiting.poll()) {
                        buildOne(tenant);
                    }
                } finally {
                    draining.set(false);
                    if (!waiting.isEmpty()) {
                        drain();
                    }
                }
            });
        }
    }

    private void buildOne(TenantSlug tenant) {
        try {
            rebuild.rebuild(tenant);
            built.put(tenant, true);
        } catch (RuntimeException e) {
            built.remove(tenant);
            LOG.warn("insights rollup rebuild failed for tenant " + tenant.value() + ", retried at the next delivery: "
                    + e.getClass().getSimpleName());
        }
    }
}
