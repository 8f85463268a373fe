package org.hugmenow.hr.sync.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.hugmenow.hr.sync.persistence.SyncRunStore;
import org.hugmenow.platform.bootstrap.BackgroundWork;
import org.hugmenow.platform.db.TenantData;
import org.hugmenow.platform.logging.ContextLogger;
import org.hugmenow.platform.logging.LogContext;
import org.hugmenow.platform.tenancy.TenantSlug;

/**
 * The threads that fetch and apply runs, and the heartbeat that shows other instances this one
 * still works on them. Runs take minutes, so they get their own small pool instead of the
 * platform's {@link BackgroundWork} (whose few threads deliver the outbox); like that pool,
 * plain threads, because Payara Micro does not resolve the default managed executors for beans
 * in library jars and this work carries its tenant explicitly.
 */
@ApplicationScoped
public class SyncWorkers {

    private static final ContextLogger LOG = ContextLogger.of(SyncWorkers.class);
    private static final int THREADS = 2;
    /** Well inside the two minutes after which a run counts as abandoned. */
    private static final Duration BEAT = Duration.ofSeconds(30);

    @Inject TenantData data;
    @Inject SyncRunStore runs;
    @Inject BackgroundWork background;

    private record RunRef(TenantSlug tenant, UUID runId) {
    }

    private final Set<RunRef> active = ConcurrentHashMap.newKeySet();
    private ExecutorService pool;

    @PostConstruct
    void init() {
        // Captured on a container thread, so code on the workers finds the application's classes and config.
        ClassLoader application = Thread.currentThread().getContextClassLoader();
        AtomicInteger count = new AtomicInteger();
        pool = Executors.newFixedThreadPool(THREADS, task -> {
            Thread thread = new Thread(task, "hugmenow-directory-sync-" + count.incrementAndGet());
            thread.setDaemon(true);
            thread.setContextClassLoader(application);
            return thread;
        });
        background.every(BEAT, this::beat);
    }

    /** Queues work on a run; from now until it ends the run's heartbeat is kept fresh, queued or not. */
    public void submit(TenantSlug tenant, UUID runId, Runnable work) {
        RunRef run = new RunRef(tenant, runId);
        active.add(run);
        pool.execute(() -> {
            LogContext.tenant(tenant.value());
            try {
                work.run();
            } catch (RuntimeException e) {
                // A run left in 'applying' is resumed by the scheduler once its heartbeat goes stale.
                LOG.error("sync run " + runId + " stopped: " + e.getClass().getSimpleName(), e);
            } finally {
                active.remove(run);
                LogContext.clear();
            }
        });
    }

    void beat() {
        Map<TenantSlug, List<UUID>> byTenant = active.stream()
                .collect(Collectors.groupingBy(RunRef::tenant, Collectors.mapping(RunRef::runId, Collectors.toList())));
        byTenant.forEach((tenant, ids) -> {
            try {
                data.inConnection(tenant, c -> {
                    runs.heartbeat(c, ids);
                    return null;
                });
            } catch (RuntimeException e) {
                LOG.warn("sync heartbeat skipped for tenant " + tenant.value() + ": " + e.getClass().getSimpleName());
            }
        });
    }

    @PreDestroy
    void stop() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
