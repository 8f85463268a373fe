package org.hugmenow.hr.connector.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import org.hugmenow.hr.connector.domain.HrConnection;
import org.hugmenow.hr.connector.domain.HrConnectionDraft;
import org.hugmenow.platform.db.Sql;

/** SQL for HR connections; setting values are stored only as the sealed bytes the caller encrypted. */
@ApplicationScoped
public class HrConnectionStore {

    private static final String SELECT = "SELECT id, connector, label, setting_names, schedule_minutes, max_deactivate_share,"
            + " enabled, next_run_at, created_at, updated_at FROM hr_connection";

    /** The first scheduled run comes one interval after saving. */
    public void insert(Connection c, UUID id, HrConnectionDraft draft, byte[] sealed, List<String> settingNames) throws SQLException {
        Sql.update(c, "INSERT INTO hr_connection (id, connector, label, settings_cipher, setting_names, schedule_minutes,"
                        + " max_deactivate_share, enabled, next_run_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, now() + make_interval(mins => ?))",
                id, draft.connector(), draft.label(), sealed, settingNames, draft.scheduleMinutes(),
                draft.maxDeactivateShare(), draft.enabled(), draft.scheduleMinutes());
    }

    /** Keeps the stored settings when {@code sealed} is null; a changed schedule restarts its clock. False for an unknown id. */
    public boolean update(Connection c, UUID id, HrConnectionDraft draft, byte[] sealed, List<String> settingNames) throws SQLException {
        String settings = sealed == null ? "" : " settings_cipher = ?, setting_names = ?,";
        List<Object> params = new ArrayList<>(Arrays.asList(draft.connector(), draft.label()));
        if (sealed != null) {
            params.add(sealed);
            params.add(settingNames);
        }
        params.addAll(Arrays.asList(draft.scheduleMinutes(), draft.maxDeactivateShare(), draft.enabled(),
                draft.scheduleMinutes(), draft.scheduleMinutes(), id));
        return Sql.update(c, "UPDATE hr_connection SET connector = ?, label = ?," + settings
                + " schedule_minutes = ?, max_deactivate_share = ?, enabled = ?,"
                + " next_run_at = CASE WHEN schedule_minutes IS NOT DISTINCT FROM ? THEN next_run_at"
                + " ELSE now() + make_interval(mins => ?) END, updated_at = now() WHERE id = ?", params.toArray()) > 0;
    }

    /** Locks the connection, which waits for a run being started on it; false for an unknown id. */
    public boolean lock(Connection c, UUID id) throws SQLException {
        return Sql.one(c, "SELECT id FROM hr_connection WHERE id = ? FOR UPDATE", r -> r.getObject(1, UUID.class), id).isPresent();
    }

    /** Whether a run of the connection is fetching or applying. */
    public boolean busy(Connection c, UUID id) throws SQLException {
        return Sql.count(c, "SELECT count(*) FROM sync_run WHERE connection_id = ? AND status IN ('fetching', 'applying')", id) > 0;
    }

    /** Deletes the connection and the attribute ownerships it held (as {@code source}); its runs go with it. */
    public void delete(Connection c, UUID id, String source) throws SQLException {
        Sql.update(c, "DELETE FROM directory_attribute_owner WHERE owner = ?", source);
        Sql.update(c, "DELETE FROM hr_connection WHERE id = ?", id);
    }

    public List<HrConnection> list(Connection c) throws SQLException {
        return Sql.list(c, SELECT + " ORDER BY created_at, id", HrConnectionStore::row);
    }

    public Optional<HrConnection> get(Connection c, UUID id) throws SQLException {
        return Sql.one(c, SELECT + " WHERE id = ?", HrConnectionStore::row, id);
    }

    public boolean exists(Connection c, UUID id) throws SQLException {
        return Sql.count(c, "SELECT count(*) FROM hr_connection WHERE id = ?", id) > 0;
    }

    public Optional<byte[]> sealedSettings(Connection c, UUID id) throws SQLException {
        return Sql.one(c, "SELECT settings_cipher FROM hr_connection WHERE id = ?", r -> r.getBytes(1), id);
    }

    /** Moves the next run of one due connection on; SKIP LOCKED lets every instance claim at once. */
    public Optional<UUID> claimDue(Connection c) throws SQLException {
        return Sql.one(c, "UPDATE hr_connection SET next_run_at = now() + schedule_minutes * interval '1 minute'"
                + " WHERE id = (SELECT id FROM hr_connection WHERE enabled AND schedule_minutes IS NOT NULL AND next_run_at <= now()"
                + " ORDER BY next_run_at LIMIT 1 FOR UPDATE SKIP LOCKED) RETURNING id", r -> r.getObject(1, UUID.class));
    }

    private static HrConnection row(ResultSet r) throws SQLException {
        Integer schedule = r.getObject("schedule_minutes", Integer.class);
        return new HrConnection(r.getObject("id", UUID.class), r.getString("connector"), r.getString("label"),
                new TreeSet<>(Sql.strings(r, "setting_names")), schedule,
                r.getDouble("max_deactivate_share"), r.getBoolean("enabled"), Sql.instant(r, "next_run_at"),
                Sql.instant(r, "created_at"), Sql.instant(r, "updated_at"));
    }
}
