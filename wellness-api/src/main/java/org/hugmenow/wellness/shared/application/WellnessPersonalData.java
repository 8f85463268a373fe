package org.hugmenow.wellness.shared.application;

import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import org.hugmenow.platform.db.TenantData;
import org.hugmenow.platform.me.PersonalData;
import org.hugmenow.platform.tenancy.TenantSlug;

/**
 * A wellness feature's part of "my data". Each feature says what it deletes; the erasure runs in
 * one unit of work on the tenant's schema, so a feature's data goes entirely or not at all.
 */
public abstract class WellnessPersonalData implements PersonalData {

    @Inject protected TenantData data;

    @Override
    public void erase(TenantSlug tenant, String personId) {
        data.inConnection(tenant, c -> {
            erase(c, tenant, personId);
            return null;
        });
    }

    /** Deletes what the feature holds about the person, in the erasure's transaction. */
    protected abstract void erase(Connection c, TenantSlug tenant, String personId) throws SQLException;
}
