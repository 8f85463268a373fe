package org.hugmenow.platform.bootstrap;

/**
 * Something start-up sets going once every serving tenant's schema is migrated, such as outbox
 * delivery or a check of every tenant's realm. Implementations are CDI beans that
 * {@link PlatformBootstrap} finds by type, so the platform's start-up names no feature.
 *
 * <p>Lifecycle: {@link #start()} is called once per application start, on the start-up thread,
 * after migrations and before the first pass of {@link UnfinishedWork}. It must return quickly:
 * long or periodic work goes to {@link BackgroundWork}.
 */
public interface StartupTask {

    void start();
}
