package org.hugmenow.hr.sync.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hugmenow.hr.sync.domain.Change;
import org.hugmenow.hr.sync.domain.RunIssue;
import org.hugmenow.hr.sync.domain.SyncPlan;
import org.hugmenow.hr.sync.domain.SyncRun;
import org.hugmenow.platform.db.Sql;

/** Runs, their stored plans and their issues. */
@ApplicationScoped
public class SyncRunStore {

    private static final String RUN = "SELECT id, connection_id, mode, dry_run, status, creates, updates, deactivations, rekeys, moves,"
            + " manager_changes, conflicts, skipped, errors, total, applied, triggered_by, confirmed_by, note, failure, started_at,"
            + " heartbeat_at, finished_at FROM sync_run";
    private static final int BATCH = 500;

    /** A change of the stored plan with its state. */
    public record StoredChange(int seq, String externalId, String kind, Change change, Instant appliedAt, String error) {
    }

    /** A source record the connector could not read. */
    public record Skipped(String reference, String reason) {
    }

    /** Starts a run in {@code fetching}; empty when the connection already has one in progress (the one-at-a-time index). */
    public Optional<SyncRun> insert(Connection c, UUID id, UUID connectionId, SyncRun.Mode mode, boolean dryRun, String triggeredBy)
            throws SQLException {
        int inserted = Sql.update(c, "INSERT INTO sync_run (id, connection_id, mode, dry_run, status, triggered_by)"
                + " VALUES (?, ?, ?, ?, 'fetching', ?) ON CONFLICT DO NOTHING", id, connectionId, mode, dryRun, triggeredBy);
        return inserted == 0 ? Optional.empty() : find(c, id);
    }

    public Optional<SyncRun> find(Connection c, UUID id) throws SQLException {
        return Sql.one(c, RUN + " WHERE id = ?", SyncRunStore::run, id);
    }

    /** The run's status, locking the run against a concurrent cancel. */
    public Optional<SyncRun.Status> lockStatus(Connection c, UUID id) throws SQLException {
        return Sql.one(c, "SELECT status FROM sync_run WHERE id = ? FOR UPDATE", r -> SyncRun.Status.of(r.getString(1)), id);
    }

    /** Newest first; all connections when {@code connectionId} is null. */
    public List<SyncRun> list(Connection c, UUID connectionId, int limit) throws SQLException {
        return connectionId == null
                ? Sql.list(c, RUN + " ORDER BY started_at DESC, id LIMIT ?", SyncRunStore::run, limit)
                : Sql.list(c, RUN + " WHERE connection_id = ? ORDER BY started_at DESC, id LIMIT ?", SyncRunStore::run, connectionId, limit);
    }

    /** Stores the plan, its skipped records and conflicts as issues, and the counts, and moves the run on in one go. */
    public void storePlan(Connection c, UUID id, SyncPlan plan, List<Skipped> skipped, SyncRun.Status next, String note) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO sync_run_change (run_id, seq, external_id, kind, change)"
                + " VALUES (?, ?, ?, ?, ?::jsonb)")) {
            int seq = 0;
            for (Change change : plan.changes()) {
                s.setObject(1, id);
                s.setInt(2, ++seq);
                s.setString(3, change.externalId());
                s.setString(4, ChangeCodec.kind(change));
                s.setString(5, ChangeCodec.encode(change));
                s.addBatch();
                if (seq % BATCH == 0) {
                    s.executeBatch();
                }
            }
            s.executeBatch();
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO sync_run_issue (run_id, seq, kind, reference, attribute, detail)"
                + " VALUES (?, ?, ?, ?, ?, ?)")) {
            int seq = 0;
            for (Skipped record : skipped) {
                issue(s, id, ++seq, "skipped", record.reference(), null, record.reason());
            }
            for (SyncPlan.Conflict conflict : plan.conflicts()) {
                issue(s, id, ++seq, "conflict", conflict.externalId(), ChangeCodec.name(conflict.attribute()),
                        "owned by " + conflict.owner() + "; the source's value was not applied (see the directory's conflicts)");
            }
            s.executeBatch();
        }
        Sql.update(c, "UPDATE sync_run SET status = ?, creates = ?, updates = ?, deactivations = ?, rekeys = ?, moves = ?,"
                        + " manager_changes = ?, conflicts = ?, skipped = ?, total = ?, note = ?, heartbeat_at = now(),"
                        + " finished_at = CASE WHEN ? THEN now() END WHERE id = ?",
                next, (int) plan.count(Change.Create.class), (int) plan.count(Change.Update.class),
                (int) plan.count(Change.Deactivate.class), (int) plan.count(Change.Rekey.class), (int) plan.moves(),
                (int) plan.managerChanges(), plan.conflicts().size(), skipped.size(), plan.changes().size(), note,
                next == SyncRun.Status.PLANNED || next == SyncRun.Status.SUCCEEDED, id);
    }

    private static void issue(PreparedStatement s, UUID run, int seq, String kind, String reference, String attribute, String detail)
            throws SQLException {
        s.setObject(1, run);
        s.setInt(2, seq);
        s.setString(3, kind);
        s.setString(4, reference);
        s.setString(5, attribute);
        s.setString(6, detail);
        s.addBatch();
    }

    /** The next unapplied changes after {@code afterSeq}, in plan order; failed ones are not tried again. */
    public List<StoredChange> pending(Connection c, UUID id, int afterSeq, int limit) throws SQLException {
        return Sql.list(c, "SELECT seq, external_id, kind, change::text, applied_at, error FROM sync_run_change"
                + " WHERE run_id = ? AND seq > ? AND applied_at IS NULL AND error IS NULL ORDER BY seq LIMIT ?", SyncRunStore::change,
                id, afterSeq, limit);
    }

    /** Locks one change if it is still to be applied; empty if another instance applied it first. */
    public Optional<Change> lockPending(Connection c, UUID id, int seq) throws SQLException {
        return Sql.one(c, "SELECT change::text FROM sync_run_change WHERE run_id = ? AND seq = ? AND applied_at IS NULL"
                + " AND error IS NULL FOR UPDATE", r -> ChangeCodec.decode(r.getString(1)), id, seq);
    }

    public void markApplied(Connection c, UUID id, int seq) throws SQLException {
        Sql.update(c, "UPDATE sync_run_change SET applied_at = now() WHERE run_id = ? AND seq = ?", id, seq);
    }

    /** One record failed: the change keeps its error, the run gets an issue and counts it; the run goes on. */
    public void markFailed(Connection c, UUID id, int seq, String reference, String detail) throws SQLException {
        Sql.update(c, "UPDATE sync_run_change SET error = ? WHERE run_id = ? AND seq = ? AND applied_at IS NULL", detail, id, seq);
        addIssue(c, id, "error", reference, null, detail);
        Sql.update(c, "UPDATE sync_run SET errors = errors + 1 WHERE id = ?", id);
    }

    public void addIssue(Connection c, UUID id, String kind, String reference, String attribute, String detail) throws SQLException {
        Sql.update(c, "INSERT INTO sync_run_issue (run_id, seq, kind, reference, attribute, detail)"
                + " VALUES (?, (SELECT coalesce(max(seq), 0) + 1 FROM sync_run_issue WHERE run_id = ?), ?, ?, ?, ?)",
                id, id, kind, reference, attribute, detail);
    }

    /** Records progress and proves this instance alive; false when the run is no longer applying (cancelled). */
    public boolean progress(Connection c, UUID id) throws SQLException {
        return Sql.update(c, "UPDATE sync_run SET applied = (SELECT count(*) FROM sync_run_change WHERE run_id = ? AND applied_at IS NOT NULL),"
                + " heartbeat_at = now() WHERE id = ? AND status = 'applying'", id, id) > 0;
    }

    public boolean succeed(Connection c, UUID id) throws SQLException {
        return Sql.update(c, "UPDATE sync_run SET status = 'succeeded', finished_at = now(), heartbeat_at = now(),"
                + " applied = (SELECT count(*) FROM sync_run_change WHERE run_id = ? AND applied_at IS NOT NULL)"
                + " WHERE id = ? AND status = 'applying'", id, id) > 0;
    }

    /** Fails a run that is still working; a cancelled run stays cancelled. */
    public void fail(Connection c, UUID id, String failure) throws SQLException {
        Sql.update(c, "UPDATE sync_run SET status = 'failed', failure = ?, finished_at = now() WHERE id = ? AND status IN ('fetching', 'applying')",
                failure, id);
    }

    /** Moves a run that waits for an admin to applying; false if it is not waiting. */
    public boolean confirm(Connection c, UUID id, String by) throws SQLException {
        return Sql.update(c, "UPDATE sync_run SET status = 'applying', confirmed_by = ?, heartbeat_at = now() WHERE id = ?"
                + " AND (status = 'awaiting_confirmation' OR (status = 'planned' AND NOT dry_run))", by, id) > 0;
    }

    public boolean cancel(Connection c, UUID id, String by) throws SQLException {
        return Sql.update(c, "UPDATE sync_run SET status = 'cancelled', finished_at = now(), note = ? WHERE id = ?"
                + " AND (status IN ('fetching', 'awaiting_confirmation', 'applying') OR (status = 'planned' AND NOT dry_run))",
                "cancelled by " + by, id) > 0;
    }

    /** Keeps the runs this instance works on (or has queued) from looking abandoned. */
    public void heartbeat(Connection c, Collection<UUID> ids) throws SQLException {
        Sql.update(c, "UPDATE sync_run SET heartbeat_at = now() WHERE id = ANY (?::uuid[]) AND status IN ('fetching', 'applying')", ids);
    }

    /** A fetch whose instance died cannot be continued: its fetched records were only in that instance's memory. */
    public int failStaleFetching(Connection c, Duration stale) throws SQLException {
        return Sql.update(c, "UPDATE sync_run SET status = 'failed', failure = 'interrupted; the next run starts clean', finished_at = now()"
                + " WHERE status = 'fetching' AND heartbeat_at < now() - make_interval(secs => ?)", stale.toSeconds());
    }

    /** Claims applying runs whose instance died; the conditional update lets only one instance take each. */
    public List<UUID> claimStaleApplying(Connection c, Duration stale) throws SQLException {
        return Sql.list(c, "UPDATE sync_run SET heartbeat_at = now() WHERE status = 'applying'"
                + " AND heartbeat_at < now() - make_interval(secs => ?) RETURNING id", r -> r.getObject(1, UUID.class), stale.toSeconds());
    }

    /** Stored plans hold names and emails; finished runs are kept for review, then deleted. */
    public int purgeFinished(Connection c, Duration age) throws SQLException {
        return Sql.update(c, "DELETE FROM sync_run WHERE finished_at < now() - make_interval(secs => ?)", age.toSeconds());
    }

    public UUID connectionOf(Connection c, UUID id) throws SQLException {
        return Sql.one(c, "SELECT connection_id FROM sync_run WHERE id = ?", r -> r.getObject(1, UUID.class), id).orElseThrow();
    }

    /**
     * HR key → manager's HR key for the run's applied creates and manager changes, so that links
     * to managers created later in the run can be filled in at its end.
     */
    public Map<String, String> managerLinks(Connection c, UUID id) throws SQLException {
        Map<String, String> links = new HashMap<>();
        Sql.list(c, "SELECT external_id, change->'employee'->>'managerExternalId' FROM sync_run_change WHERE run_id = ?"
                + " AND applied_at IS NOT NULL AND change->'employee'->>'managerExternalId' IS NOT NULL"
                + " AND (kind = 'create' OR (kind = 'update' AND change->'changes'->'manager' IS NOT NULL))",
                r -> links.put(r.getString(1), r.getString(2)), id);
        return links;
    }

    public List<StoredChange> changes(Connection c, UUID id, int offset, int limit) throws SQLException {
        return Sql.list(c, "SELECT seq, external_id, kind, change::text, applied_at, error FROM sync_run_change WHERE run_id = ?"
                + " ORDER BY seq OFFSET ? LIMIT ?", SyncRunStore::change, id, offset, limit);
    }

    public List<RunIssue> issues(Connection c, UUID id, int limit) throws SQLException {
        return Sql.list(c, "SELECT seq, kind, reference, attribute, detail FROM sync_run_issue WHERE run_id = ? ORDER BY seq LIMIT ?",
                r -> new RunIssue(r.getInt(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5)), id, limit);
    }

    private static StoredChange change(ResultSet r) throws SQLException {
        return new StoredChange(r.getInt("seq"), r.getString("external_id"), r.getString("kind"), ChangeCodec.decode(r.getString(4)),
                Sql.instant(r, "applied_at"), r.getString("error"));
    }

    private static SyncRun run(ResultSet r) throws SQLException {
        SyncRun.Counts counts = new SyncRun.Counts(r.getInt("creates"), r.getInt("updates"), r.getInt("deactivations"),
                r.getInt("rekeys"), r.getInt("moves"), r.getInt("manager_changes"), r.getInt("conflicts"), r.getInt("skipped"),
                r.getInt("errors"));
        return new SyncRun(r.getObject("id", UUID.class), r.getObject("connection_id", UUID.class), SyncRun.Mode.of(r.getString("mode")),
                r.getBoolean("dry_run"), SyncRun.Status.of(r.getString("status")), counts, r.getInt("total"), r.getInt("applied"),
                r.getString("triggered_by"), r.getString("confirmed_by"), r.getString("note"), r.getString("failure"),
                Sql.instant(r, "started_at"), Sql.instant(r, "heartbeat_at"), Sql.instant(r, "finished_at"));
    }
}
