package org.hugmenow.platform.bootstrap;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.hugmenow.platform.logging.ContextLogger;

/**
 * A small pool for lifecycle work (provisioning, offboarding, retries). Payara Micro does not
 * resolve the default managed executors for beans in library jars, and this work needs no
 * container context: it takes its tenant as an argument and uses plain JDBC and HTTP.
 */
@ApplicationScoped
public class BackgroundWork {

    private static final ContextLogger LOG = ContextLogger.of(BackgroundWork.class);

    private final ScheduledExecutorService pool = Executors.newScheduledThreadPool(4, new Named());

    public void submit(Runnable task) {
        pool.execute(guarded(task));
    }

    public ScheduledFuture<?> every(Duration period, Runnable task) {
        return pool.scheduleWithFixedDelay(guarded(task), period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
    }

    private static Runnable guarded(Runnable task) {
        return () -> {
            try {
                task.run();
            } catch (Throwable e) {
                // Never let one failure cancel a periodic task for good.
                LOG.error("background task failed", e);
            }
        };
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }

    private static final class Named implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread thread = new Thread(r, "hugmenow-background-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
