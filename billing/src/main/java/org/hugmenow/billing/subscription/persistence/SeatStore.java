package org.hugmenow.billing.subscription.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hugmenow.platform.db.Sql;
import org.hugmenow.platform.db.TenantData;
import org.hugmenow.platform.tenancy.TenantSlug;

/** Seats are the tenant's active people in the directory (its published read model, ADR 0005). */
@ApplicationScoped
public class SeatStore {

    @Inject TenantData data;

    public long activePeople(TenantSlug tenant) {
        return data.inConnection(tenant, c -> Sql.count(c, "SELECT count(*) FROM person WHERE status = 'active'"));
    }
}
