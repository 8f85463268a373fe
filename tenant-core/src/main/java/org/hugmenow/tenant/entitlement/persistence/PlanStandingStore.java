package org.hugmenow.tenant.entitlement.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.hugmenow.platform.db.PlatformDatabase;
import org.hugmenow.platform.db.SqlFailure;
import org.hugmenow.platform.tenancy.TenantSlug;
import org.hugmenow.tenant.entitlement.domain.Plan;
import org.hugmenow.tenant.entitlement.domain.PlanStanding;

/** {@code platform.plan_standing} with the registry's {@code plan}, read and written together. */
@ApplicationScoped
public class PlanStandingStore {

    private static final String READ = "SELECT t.plan, s.status, s.trial_ends_at, s.grace_until FROM platform.tenant t"
            + " LEFT JOIN platform.plan_standing s ON s.tenant_id = t.id WHERE t.slug = ?";

    // One statement, so the registry's plan and its standing never disagree.
    private static final String WRITE = "WITH registry AS (UPDATE platform.tenant SET plan = ?, updated_at = now() WHERE slug = ? RETURNING id)"
            + " INSERT INTO platform.plan_standing (tenant_id, status, trial_ends_at, grace_until) SELECT id, ?, ?, ? FROM registry"
            + " ON CONFLICT (tenant_id) DO UPDATE SET status = excluded.status, trial_ends_at = excluded.trial_ends_at,"
            + " grace_until = excluded.grace_until, updated_at = now()";

    @Inject
    PlatformDatabase database;

    public Optional<PlanStanding> find(TenantSlug slug) {
        try (Connection c = database.platform().getConnection()) {
            return find(c, slug);
        } catch (SQLException e) {
            throw new SqlFailure("read plan standing", e);
        }
    }

    /** On the caller's platform connection, inside its transaction. */
    public Optional<PlanStanding> find(Connection c, TenantSlug slug) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(READ)) {
            s.setString(1, slug.value());
            try (ResultSet row = s.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                Plan plan = Plan.fromRegistry(row.getString(1));
                String status = row.getString(2);
                return Optional.of(status == null ? PlanStanding.unbilled(plan) : new PlanStanding(plan,
                        PlanStanding.Status.ofCode(status), instant(row, 3), instant(row, 4)));
            }
        }
    }

    public void write(TenantSlug slug, PlanStanding standing) {
        try (Connection c = database.platform().getConnection()) {
            write(c, slug, standing);
        } catch (SQLException e) {
            throw new SqlFailure("write plan standing", e);
        }
    }

    /** On the caller's platform connection, so the standing commits with what caused it. */
    public void write(Connection c, TenantSlug slug, PlanStanding standing) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(WRITE)) {
            s.setString(1, standing.plan().code());
            s.setString(2, slug.value());
            s.setString(3, standing.status() == PlanStanding.Status.NONE ? "active" : standing.status().code());
            s.setTimestamp(4, timestamp(standing.trialEndsAt()));
            s.setTimestamp(5, timestamp(standing.graceUntil()));
            s.executeUpdate();
        }
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        Timestamp t = row.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
