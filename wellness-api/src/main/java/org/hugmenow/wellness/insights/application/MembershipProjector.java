package org.hugmenow.wellness.insights.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.hugmenow.platform.outbox.OutboxConsumer;
import org.hugmenow.platform.outbox.OutboxEvent;
import org.hugmenow.platform.tenancy.TenantSlug;
import org.hugmenow.tenant.directory.application.DirectoryChanges;
import org.hugmenow.wellness.insights.persistence.RollupLockStore;

/** Reconciles membership history and the team mirror with the directory after each directory write. */
@ApplicationScoped
public class MembershipProjector implements OutboxConsumer {

    @Inject Memberships memberships;
    @Inject RollupLockStore locks;

    @Override
    public String type() {
        return DirectoryChanges.EVENT;
    }

    @Override
    public Optional<Instant> handle(TenantSlug tenant, Connection c, OutboxEvent event) throws SQLException {
        DirectoryChanges.Change change = DirectoryChanges.parse(event.payload());
        locks.hold(c, "members");
        memberships.apply(c, change);
        return Optional.empty();
    }
}
