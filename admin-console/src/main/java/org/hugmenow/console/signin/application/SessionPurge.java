package org.hugmenow.console.signin.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.hugmenow.console.shared.ConsoleConfig;
import org.hugmenow.console.signin.persistence.ConsoleSessionStore;
import org.hugmenow.platform.bootstrap.UnfinishedWork;

/**
 * Deletes console sessions nobody will use again (idle past the timeout, or past their refresh
 * token's life) on every lifecycle pass; a presented one is refused anyway, this keeps the sealed
 * tokens of abandoned sessions from lingering. One DELETE, safe on every instance at once.
 */
@ApplicationScoped
public class SessionPurge implements UnfinishedWork {

    @Inject ConsoleConfig config;
    @Inject ConsoleSessionStore store;

    @Override
    public void resumeUnfinished() {
        store.deleteIdleSince(Instant.now().minus(config.idleTimeout()));
    }
}
