package org.hugmenow.hr.connector.settings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.hugmenow.platform.db.Sql;
import org.hugmenow.platform.db.TenantData;
import org.hugmenow.platform.tenancy.TenantSlug;

/**
 * A tenant's configured HR connections. Setting values go in encrypted and come out only through
 * {@link #settings}, for a run; everything else sees the names of the settings that are set.
 */
@ApplicationScoped
public class HrConnections {

    private static final String SELECT = "SELECT id, connector, label, setting_names, schedule_minutes, max_deactivate_share,"
            + " enabled, next_run_at, created_at, updated_at FROM hr_connection";

    @Inject TenantData data;
    @Inject SettingsCipher cipher;

    /** A connection without its setting values. {@code scheduleMinutes} null: runs on demand only. */
    public record HrConnection(UUID id, String connector, String label, Set<String> settingNames, Integer scheduleMinutes,
                               double maxDeactivateShare, boolean enabled, Instant nextRunAt, Instant createdAt, Instant updatedAt) {
    }

    /** What an admin saves; {@code settings} null on an update keeps the stored ones. */
    public record Draft(String connector, String label, Map<String, String> settings, Integer scheduleMinutes,
                        double maxDeactivateShare, boolean enabled) {
    }

    public enum Deletion { DELETED, NOT_FOUND, BUSY }

    /** The owner name of a connection in attribute ownership and conflict records. */
    public static String source(UUID connectionId) {
        return "hr:" + connectionId;
    }

    /** The first scheduled run comes one interval after saving, which leaves time for a dry run. */
    public HrConnection create(TenantSlug tenant, Draft draft) {
        UUID id = UUID.randomUUID();
        byte[] sealed = cipher.encrypt(tenant, id, draft.settings());
        return data.inConnection(tenant, c -> {
            Sql.update(c, "INSERT INTO hr_connection (id, connector, label, settings_cipher, setting_names, schedule_minutes,"
                            + " max_deactivate_share, enabled, next_run_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, now() + make_interval(mins => ?))",
                    id, draft.connector(), draft.label(), sealed, names(draft.settings()), draft.scheduleMinutes(),
                    draft.maxDeactivateShare(), draft.enabled(), draft.scheduleMinutes());
            return get(c, id).orElseThrow();
        });
    }

    /** Replaces everything but the settings when the draft has none; a changed schedule restarts its clock. */
    public Optional<HrConnection> update(TenantSlug tenant, UUID id, Draft draft) {
        byte[] sealed = draft.settings() == null ? null : cipher.encrypt(tenant, id, draft.settings());
        return data.inConnection(tenant, c -> {
            String settings = sealed == null ? "" : " settings_cipher = ?, setting_names = ?,";
            List<Object> params = new ArrayList<>(Arrays.asList(draft.connector(), draft.label()));
            if (sealed != null) {
                params.add(sealed);
                params.add(names(draft.settings()));
            }
            params.addAll(Arrays.asList(draft.scheduleMinutes(), draft.maxDeactivateShare(), draft.enabled(),
                    draft.scheduleMinutes(), draft.scheduleMinutes(), id));
            int updated = Sql.update(c, "UPDATE hr_connection SET connector = ?, label = ?," + settings
                    + " schedule_minutes = ?, max_deactivate_share = ?, enabled = ?,"
                    + " next_run_at = CASE WHEN schedule_minutes IS NOT DISTINCT FROM ? THEN next_run_at"
                    + " ELSE now() + make_interval(mins => ?) END, updated_at = now() WHERE id = ?", params.toArray());
            return updated == 0 ? Optional.<HrConnection>empty() : get(c, id);
        });
    }

    /**
     * Deletes the connection with its run history and attribute ownerships, unless a run is
     * fetching or applying. Its people keep their data and are released for another connection.
     */
    public Deletion delete(TenantSlug tenant, UUID id) {
        return data.inConnection(tenant, c -> {
            // The lock waits for a run being started on this connection, so the check below sees it.
            if (Sql.one(c, "SELECT id FROM hr_connection WHERE id = ? FOR UPDATE", r -> r.getObject(1, UUID.class), id).isEmpty()) {
                return Deletion.NOT_FOUND;
            }
            if (Sql.count(c, "SELECT count(*) FROM sync_run WHERE connection_id = ? AND status IN ('fetching', 'applying')", id) > 0) {
                return Deletion.BUSY;
            }
            Sql.update(c, "DELETE FROM directory_attribute_owner WHERE owner = ?", source(id));
            Sql.update(c, "DELETE FROM hr_connection WHERE id = ?", id);
            return Deletion.DELETED;
        });
    }

    public List<HrConnection> list(TenantSlug tenant) {
        return data.inConnection(tenant, c -> Sql.list(c, SELECT + " ORDER BY created_at, id", HrConnections::row));
    }

    public Optional<HrConnection> get(TenantSlug tenant, UUID id) {
        return data.inConnection(tenant, c -> get(c, id));
    }

    public Optional<HrConnection> get(Connection c, UUID id) throws SQLException {
        return Sql.one(c, SELECT + " WHERE id = ?", HrConnections::row, id);
    }

    /** The decrypted settings, for a run only; never log or return them. */
    public Map<String, String> settings(TenantSlug tenant, UUID id) {
        byte[] sealed = data.inConnection(tenant, c -> Sql.one(c, "SELECT settings_cipher FROM hr_connection WHERE id = ?",
                r -> r.getBytes(1), id)).orElseThrow(() -> new NoSuchElementException("no HR connection " + id));
        return cipher.decrypt(tenant, id, sealed);
    }

    /**
     * Claims one connection whose scheduled run is due by moving its next run on; SKIP LOCKED lets
     * every instance claim concurrently without two of them starting the same run.
     */
    public Optional<UUID> claimDue(Connection c) throws SQLException {
        return Sql.one(c, "UPDATE hr_connection SET next_run_at = now() + schedule_minutes * interval '1 minute'"
                + " WHERE id = (SELECT id FROM hr_connection WHERE enabled AND schedule_minutes IS NOT NULL AND next_run_at <= now()"
                + " ORDER BY next_run_at LIMIT 1 FOR UPDATE SKIP LOCKED) RETURNING id", r -> r.getObject(1, UUID.class));
    }

    private static List<String> names(Map<String, String> settings) {
        Set<String> names = new TreeSet<>();
        settings.forEach((name, value) -> {
            if (value != null) {
                names.add(name);
            }
        });
        return List.copyOf(names);
    }

    private static HrConnection row(ResultSet r) throws SQLException {
        Integer schedule = r.getObject("schedule_minutes", Integer.class);
        return new HrConnection(r.getObject("id", UUID.class), r.getString("connector"), r.getString("label"),
                new TreeSet<>(Sql.strings(r, "setting_names")), schedule,
                r.getDouble("max_deactivate_share"), r.getBoolean("enabled"), Sql.instant(r, "next_run_at"),
                Sql.instant(r, "created_at"), Sql.instant(r, "updated_at"));
    }
}
