package org.hugmenow.wellness.insights.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import org.hugmenow.platform.db.TenantData;
import org.hugmenow.platform.tenancy.TenantSlug;
import org.hugmenow.wellness.insights.persistence.RollupLockStore;
import org.hugmenow.wellness.insights.persistence.RollupRebuildStore;

/**
 * Rebuilds a tenant's check-in copy and rollups from the mood and hug tables, set-based and in one
 * transaction, and reconciles membership history and teams with the directory (which keeps no
 * history to rebuild them from). Incremental writers wait for it, and it for them, so nothing
 * committed meanwhile is lost: their events recompute from the rebuilt state.
 */
@ApplicationScoped
public class RollupRebuild {

    @Inject TenantData data;
    @Inject RollupRebuildStore store;
    @Inject RollupLockStore locks;
    @Inject Memberships memberships;

    public void rebuild(TenantSlug tenant) {
        data.inConnection(tenant, c -> {
            rebuild(c);
            return null;
        });
    }

    /** In the caller's unit of work; the check-ins first, since a first membership row is dated by them. */
    void rebuild(Connection c) throws SQLException {
        locks.holdRollups(c);
        store.rebuildCheckins(c);
        store.rebuildHugs(c);
        memberships.everyone(c);
    }
}
