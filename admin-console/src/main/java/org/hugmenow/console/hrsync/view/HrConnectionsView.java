package org.hugmenow.console.hrsync.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.hugmenow.console.shared.Messages;
import org.hugmenow.console.signin.application.SignedInUser;
import org.hugmenow.hr.connector.application.HrConnections;
import org.hugmenow.hr.connector.domain.HrConnection;
import org.hugmenow.hr.connector.spi.Uploads;
import org.hugmenow.hr.sync.application.ConnectionCheck;
import org.hugmenow.hr.sync.application.SyncRunner;
import org.hugmenow.hr.sync.domain.SyncRun;
import org.hugmenow.platform.refusal.Refusal;
import org.hugmenow.platform.security.Roles;

/**
 * HR connections as HR and IT admins manage them (the roles the REST API allows): list, test,
 * delete, run, dry run and CSV upload, through the application services, so the rules are the
 * API's. Creating and changing a connection is {@link HrConnectionEditor}'s.
 */
@Named("hrConnections")
@ViewScoped
public class HrConnectionsView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int MAX_CSV_BYTES = 5 * 1024 * 1024;

    @Inject HrConnections connections;
    @Inject SyncRunner runner;
    @Inject ConnectionCheck check;
    @Inject SignedInUser user;

    private transient Part csvFile;
    private String uploadTo;
    private boolean uploadDryRun = true;
    private String lastRunId;

    private void require() {
        user.require(Roles.HR_ADMIN, Roles.IT_ADMIN);
    }

    public List<HrConnection> getConnections() {
        require();
        return connections.list(user.slug());
    }

    public boolean takesUploads(HrConnection c) {
        return Uploads.takesUploads(c.connector());
    }

    public void delete(HrConnection c) {
        require();
        try {
            switch (connections.delete(user.slug(), c.id(), user.getUsername())) {
                case DELETED -> Messages.info("hrConnections.deleted", c.label());
                case NOT_FOUND -> Messages.error("hrConnections.notFound");
                case BUSY -> Messages.error("hrConnections.busy");
            }
        } catch (Refusal refusal) {
            Messages.refused(refusal);
        }
    }

    /** Fetches through the connector now; the outcome is a message on the page. */
    public void test(HrConnection c) {
        require();
        try {
            ConnectionCheck.Outcome outcome = check.test(user.slug(), c.id());
            if (outcome.ok()) {
                Messages.info("hrConnections.testOk", c.label(), outcome.message());
            } else {
                Messages.error("hrConnections.testFailed", c.label(), outcome.message());
            }
        } catch (Refusal refusal) {
            Messages.refused(refusal);
        }
    }

    public String run(HrConnection c, boolean dryRun) {
        require();
        try {
            SyncRun run = runner.start(user.slug(), c.id(), SyncRun.Mode.FULL, dryRun, user.getUsername());
            return runPage(run);
        } catch (Refusal refusal) {
            Messages.refused(refusal);
            return null;
        }
    }

    public String upload() {
        require();
        try {
            UUID id = UUID.fromString(uploadTo);
            SyncRun run = runner.startUpload(user.slug(), id, csv(), uploadDryRun, user.getUsername());
            return runPage(run);
        } catch (IllegalArgumentException | NullPointerException e) {
            Messages.error("hrConnections.notFound");
            return null;
        } catch (Refusal refusal) {
            Messages.refused(refusal);
            return null;
        }
    }

    private String csv() {
        if (csvFile == null || csvFile.getSize() == 0) {
            throw Refusal.invalid("csvFile", "the CSV file is empty");
        }
        if (csvFile.getSize() > MAX_CSV_BYTES) {
            throw Refusal.invalid("csvFile", "the CSV file is larger than 5 MB");
        }
        try {
            byte[] bytes = csvFile.getInputStream().readNBytes(MAX_CSV_BYTES + 1);
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw Refusal.invalid("csvFile", "the CSV file must be UTF-8 encoded; export it as 'CSV UTF-8'");
        } catch (IOException e) {
            throw Refusal.invalid("csvFile", "the file could not be read completely; send it again");
        }
    }

    private static String runPage(SyncRun run) {
        return "/console/hr/sync-runs.xhtml?faces-redirect=true&connection=" + run.connectionId() + "&run=" + run.id();
    }

    public Part getCsvFile() { return null; }
    public void setCsvFile(Part csvFile) { this.csvFile = csvFile; }
    public String getUploadTo() { return uploadTo; }
    public void setUploadTo(String uploadTo) { this.uploadTo = uploadTo; }
    public boolean isUploadDryRun() { return uploadDryRun; }
    public void setUploadDryRun(boolean uploadDryRun) { this.uploadDryRun = uploadDryRun; }
    public String getLastRunId() { return lastRunId; }
}
