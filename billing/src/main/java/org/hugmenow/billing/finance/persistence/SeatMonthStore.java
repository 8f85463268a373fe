package org.hugmenow.billing.finance.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hugmenow.billing.finance.domain.SeatCount;
import org.hugmenow.platform.db.PlatformDatabase;
import org.hugmenow.platform.db.Sql;
import org.hugmenow.platform.db.TenantData;
import org.hugmenow.platform.tenancy.TenantSlug;

/**
 * Seats by cost centre and department: counted live from the directory's people (its published
 * read model), and kept per month in {@code platform.billing_seat_month} so past months can be
 * exported as they ended. Counts only; no person is named.
 */
@ApplicationScoped
public class SeatMonthStore {

    @Inject TenantData data;
    @Inject PlatformDatabase database;

    public List<SeatCount> countNow(TenantSlug tenant) {
        return data.inConnection(tenant, c -> Sql.list(c, "SELECT coalesce(cost_center, '') AS cost_center,"
                + " coalesce(department, '') AS department, count(*) AS seats FROM person WHERE status = 'active'"
                + " GROUP BY 1, 2 ORDER BY 1, 2", SeatMonthStore::count));
    }

    public void keep(UUID tenantId, LocalDate month, List<SeatCount> counts) {
        database.inTransaction(c -> {
            Sql.update(c, "DELETE FROM platform.billing_seat_month WHERE tenant_id = ? AND month = ?", tenantId, month);
            for (SeatCount count : counts) {
                Sql.update(c, "INSERT INTO platform.billing_seat_month (tenant_id, month, cost_center, department, seats)"
                        + " VALUES (?, ?, ?, ?, ?)", tenantId, month, count.costCenter(), count.department(), count.seats());
            }
            return null;
        });
    }

    public List<SeatCount> kept(UUID tenantId, LocalDate month) {
        return database.inTransaction(c -> Sql.list(c, "SELECT cost_center, department, seats FROM platform.billing_seat_month"
                + " WHERE tenant_id = ? AND month = ? ORDER BY cost_center, department", SeatMonthStore::count, tenantId, month));
    }

    private static SeatCount count(ResultSet r) throws SQLException {
        return new SeatCount(r.getString("cost_center"), r.getString("department"), r.getInt("seats"));
    }
}
