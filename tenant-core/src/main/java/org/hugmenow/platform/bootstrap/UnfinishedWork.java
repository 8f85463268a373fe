package org.hugmenow.platform.bootstrap;

/**
 * Work that a crash or an outage can leave half done (provisioning, offboarding, realm checks)
 * and that every instance keeps retrying. Implementations are CDI beans that
 * {@link PlatformBootstrap} finds by type, so the platform names no tenant feature.
 *
 * <p>Lifecycle: {@link #resumeUnfinished()} is first called one retry period
 * ({@code hugmenow.lifecycle.retry-seconds}) after start-up, then again that long after each
 * pass ends, on a {@link BackgroundWork} thread; passes never overlap. It must be idempotent
 * and safe while other instances run it too (the work itself takes its locks). A failure is
 * logged and retried on the next pass; it does not stop the other implementations' work.
 */
public interface UnfinishedWork {

    void resumeUnfinished();
}
