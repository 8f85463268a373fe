package org.hugmenow.wellness.insights.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import org.hugmenow.platform.db.Sql;
import org.hugmenow.wellness.insights.domain.InsightsSettings;

/**
 * The tenant's insights settings and secret ({@code insights_settings}, one row). The row is created
 * with the defaults and a fresh 256-bit secret on first use; concurrent first uses both end with the
 * one row that won, so the secret is generated once and never changes.
 */
@ApplicationScoped
public class InsightsSettingsStore {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int SECRET_BYTES = 32;

    /** The settings and the secret that keys person tags and reporting-line tokens. */
    public record Stored(InsightsSettings settings, byte[] secret) {
    }

    public Stored load(Connection c) throws SQLException {
        ensure(c);
        return Sql.one(c, "SELECT k, epsilon, time_zone, alert_drop, alert_periods, secret FROM insights_settings",
                r -> new Stored(new InsightsSettings(r.getInt(1), r.getDouble(2), InsightsSettings.zone(r.getString(3)),
                        r.getDouble(4), r.getInt(5)), r.getBytes(6))).orElseThrow();
    }

    public void save(Connection c, InsightsSettings settings, Instant now) throws SQLException {
        ensure(c);
        Sql.update(c, "UPDATE insights_settings SET k = ?, epsilon = ?, time_zone = ?, alert_drop = ?, alert_periods = ?,"
                + " updated_at = ?", settings.k(), settings.epsilon(), settings.timeZone().getId(), settings.alertDrop(),
                settings.alertPeriods(), now);
    }

    private static void ensure(Connection c) throws SQLException {
        InsightsSettings d = InsightsSettings.defaults();
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        Sql.update(c, "INSERT INTO insights_settings (k, epsilon, time_zone, alert_drop, alert_periods, secret, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING", d.k(), d.epsilon(), d.timeZone().getId(),
                d.alertDrop(), d.alertPeriods(), secret, Instant.now());
    }
}
