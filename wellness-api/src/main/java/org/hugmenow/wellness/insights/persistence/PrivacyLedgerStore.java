package org.hugmenow.wellness.insights.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.hugmenow.platform.db.SqlFailure;
import org.hugmenow.wellness.insights.domain.BudgetKey;
import org.hugmenow.wellness.insights.domain.PopulationDigest;
import org.hugmenow.wellness.insights.domain.PrivacyLedger;

/**
 * The ε ledger ({@code insights_ledger}) on one unit of work's connection. {@link #lockForRelease}
 * takes a transaction-scoped advisory lock on the tenant's ledger, so two releases of one tenant
 * run one after the other and cannot both spend the same last release (ADR 0012); it is released
 * when the unit commits or rolls back.
 */
public final class PrivacyLedgerStore implements PrivacyLedger {

    private final Connection c;
    private boolean lockOnFirstUse;

    public PrivacyLedgerStore(Connection c) {
        this.c = c;
    }

    /**
     * A ledger that takes {@link #lockForRelease}'s lock when it is first read or charged: a response
     * whose values were all drawn before never touches the ledger, so it does not queue behind other
     * releases of the tenant.
     */
    public static PrivacyLedgerStore lockingOnFirstUse(Connection c) {
        PrivacyLedgerStore ledger = new PrivacyLedgerStore(c);
        ledger.lockOnFirstUse = true;
        return ledger;
    }

    /** Waits until no other release of this tenant is running, and keeps them out until this transaction ends. */
    public PrivacyLedgerStore lockForRelease() throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT pg_advisory_xact_lock(hashtextextended('insights_ledger:' || current_schema(), 0))")) {
            s.execute();
        }
        lockOnFirstUse = false;
        return this;
    }

    @Override
    public Map<Long, Integer> releasesOf(BudgetKey key, PopulationDigest people) {
        try {
            lockIfFirstUse();
        } catch (SQLException e) {
            throw new SqlFailure("lock the privacy ledger", e);
        }
        try (PreparedStatement s = c.prepareStatement("SELECT tag, releases FROM insights_ledger"
                + " WHERE family = ? AND month = ? AND tag = ANY(?)")) {
            bindKey(s, key);
            s.setArray(3, c.createArrayOf("bigint", java.util.Arrays.stream(people.tags()).boxed().toArray()));
            Map<Long, Integer> releases = new HashMap<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    releases.put(r.getLong(1), r.getInt(2));
                }
            }
            return releases;
        } catch (SQLException e) {
            throw new SqlFailure("read the privacy ledger", e);
        }
    }

    @Override
    public void charge(BudgetKey key, PopulationDigest people) {
        try {
            lockIfFirstUse();
        } catch (SQLException e) {
            throw new SqlFailure("lock the privacy ledger", e);
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO insights_ledger (family, month, tag, releases)"
                + " SELECT ?, ?, t, 1 FROM unnest(?::bigint[]) AS t"
                + " ON CONFLICT (family, month, tag) DO UPDATE SET releases = insights_ledger.releases + 1")) {
            bindKey(s, key);
            s.setArray(3, c.createArrayOf("bigint", java.util.Arrays.stream(people.tags()).boxed().toArray()));
            s.executeUpdate();
        } catch (SQLException e) {
            throw new SqlFailure("charge the privacy ledger", e);
        }
    }

    @Override
    public int mostReleasesOfAnyone(BudgetKey key) {
        try {
            lockIfFirstUse();
        } catch (SQLException e) {
            throw new SqlFailure("lock the privacy ledger", e);
        }
        try (PreparedStatement s = c.prepareStatement("SELECT coalesce(max(releases), 0) FROM insights_ledger"
                + " WHERE family = ? AND month = ?")) {
            bindKey(s, key);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        } catch (SQLException e) {
            throw new SqlFailure("read the privacy ledger", e);
        }
    }

    private void lockIfFirstUse() throws SQLException {
        if (lockOnFirstUse) {
            lockForRelease();
        }
    }

    private static void bindKey(PreparedStatement s, BudgetKey key) throws SQLException {
        s.setString(1, key.family().name().toLowerCase(java.util.Locale.ROOT));
        s.setObject(2, key.month().atDay(1));
    }
}
