package org.hugmenow.console.hrsync.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import org.hugmenow.console.shared.Messages;
import org.hugmenow.console.signin.application.SignedInUser;
import org.hugmenow.hr.connector.application.HrConnections;
import org.hugmenow.hr.connector.domain.HrConnection;
import org.hugmenow.hr.sync.application.PlannedChange;
import org.hugmenow.hr.sync.application.SyncRunReports;
import org.hugmenow.hr.sync.application.SyncRunner;
import org.hugmenow.hr.sync.domain.RunIssue;
import org.hugmenow.hr.sync.domain.SyncRun;
import org.hugmenow.platform.refusal.Refusal;
import org.hugmenow.platform.security.Roles;

/**
 * A connection's run history, and one run: its counts, its live progress (the page polls while
 * the run fetches or applies, and stops when it is done), its plan a page at a time, its issues,
 * and confirm or cancel while it waits for an admin.
 */
@Named("syncRuns")
@ViewScoped
public class SyncRunsView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE = 50;

    @Inject SyncRunReports reports;
    @Inject SyncRunner runner;
    @Inject HrConnections connections;
    @Inject SignedInUser user;

    private String connection;
    private String run;
    private int offset;
    private transient SyncRun current;

    private void require() {
        user.require(Roles.HR_ADMIN, Roles.IT_ADMIN);
    }

    private static UUID id(String text) {
        try {
            return text == null || text.isBlank() ? null : UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw Refusal.notFound("There is no such sync run in your tenant.");
        }
    }

    public HrConnection getConnectionInfo() {
        require();
        UUID id = id(connection);
        return id == null ? null : connections.get(user.slug(), id).orElse(null);
    }

    public List<SyncRun> getRuns() {
        require();
        return reports.list(user.slug(), id(connection), 50);
    }

    public SyncRun getRun() {
        require();
        if (current == null && run != null && !run.isBlank()) {
            try {
                current = reports.get(user.slug(), id(run));
            } catch (Refusal refusal) {
                Messages.refused(refusal);
                run = null;
            }
        }
        return current;
    }

    /** Re-reads the run; the poll calls this every two seconds. */
    public void refresh() {
        current = null;
    }

    public boolean isRunning() {
        SyncRun r = getRun();
        return r != null && (r.status() == SyncRun.Status.FETCHING || r.status() == SyncRun.Status.APPLYING);
    }

    public boolean isAwaiting() {
        SyncRun r = getRun();
        return r != null && r.status() == SyncRun.Status.AWAITING_CONFIRMATION;
    }

    /** Applied of total while applying; 100 once finished; 0 while fetching or planning. */
    public int getPercent() {
        SyncRun r = getRun();
        if (r == null) {
            return 0;
        }
        return switch (r.status()) {
            case SUCCEEDED, PLANNED -> 100;
            case APPLYING, FAILED, CANCELLED -> r.total() == 0 ? 0 : Math.min(100, r.applied() * 100 / r.total());
            default -> 0;
        };
    }

    public List<PlannedChange> getChanges() {
        SyncRun r = getRun();
        return r == null ? List.of() : reports.changes(user.slug(), r.id(), offset, PAGE);
    }

    public List<RunIssue> getIssues() {
        SyncRun r = getRun();
        return r == null ? List.of() : reports.issues(user.slug(), r.id());
    }

    public boolean isHasPrevious() {
        return offset > 0;
    }

    public boolean isHasNext() {
        SyncRun r = getRun();
        return r != null && offset + PAGE < r.total();
    }

    public void next() {
        offset += PAGE;
    }

    public void previous() {
        offset = Math.max(0, offset - PAGE);
    }

    public int getFirstShown() {
        return offset + 1;
    }

    public void confirm() {
        require();
        try {
            current = runner.confirm(user.slug(), id(run), user.getUsername());
            Messages.info("syncRuns.confirmed");
        } catch (Refusal refusal) {
            Messages.refused(refusal);
        }
    }

    public void cancel() {
        require();
        try {
            current = runner.cancel(user.slug(), id(run), user.getUsername());
            Messages.info("syncRuns.cancelled");
        } catch (Refusal refusal) {
            Messages.refused(refusal);
        }
    }

    public String getConnection() { return connection; }
    public void setConnection(String connection) { this.connection = connection; }
    public String getRunId() { return run; }
    public void setRunId(String run) { this.run = run; current = null; }
}
