package org.hugmenow.wellness.insights.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.hugmenow.platform.tenancy.TenantSlug;
import org.hugmenow.wellness.insights.persistence.CheckinRollupStore;
import org.hugmenow.wellness.insights.persistence.HugRollupStore;
import org.hugmenow.wellness.insights.persistence.MembershipStore;
import org.hugmenow.wellness.insights.persistence.RollupLockStore;
import org.hugmenow.wellness.shared.application.WellnessPersonalData;

/**
 * Erasure in insights: the person's check-in copies, sums, hug counts and membership history go.
 * A person still in the directory gets a fresh current membership row, as any person the
 * directory knows. The export adds nothing: insights holds copies and sums of data that the mood,
 * hug and directory exports already contain.
 */
@ApplicationScoped
public class InsightsPersonalData extends WellnessPersonalData {

    @Inject RollupLockStore locks;
    @Inject CheckinRollupStore checkins;
    @Inject HugRollupStore hugs;
    @Inject MembershipStore members;
    @Inject Memberships memberships;

    @Override
    public void export(TenantSlug tenant, String personId, ExportFiles files) {
        // nothing of its own (see above)
    }

    @Override
    protected void erase(Connection c, TenantSlug tenant, String personId) throws SQLException {
        locks.hold(c, "checkins/" + personId);
        locks.hold(c, "hugs");
        locks.hold(c, "members");
        checkins.erase(c, personId);
        hugs.erase(c, personId);
        members.erase(c, personId);
        memberships.people(c, List.of(personId));
    }
}
