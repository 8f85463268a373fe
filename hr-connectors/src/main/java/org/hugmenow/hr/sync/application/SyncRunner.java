package org.hugmenow.hr.sync.application;

import org.hugmenow.tenant.entitlement.application.Entitlements;
import org.hugmenow.tenant.entitlement.domain.Feature;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.hugmenow.hr.connector.application.HrConnections;
import org.hugmenow.hr.connector.application.SettingsCipher;
import org.hugmenow.hr.connector.domain.HrConnection;
import org.hugmenow.hr.connector.spi.ConnectorFailure;
import org.hugmenow.hr.connector.spi.HrConnectorFactory;
import org.hugmenow.hr.connector.spi.HrEmployee;
import org.hugmenow.hr.connector.spi.Uploads;
import org.hugmenow.hr.sync.domain.Attribute;
import org.hugmenow.hr.sync.domain.Change;
import org.hugmenow.hr.sync.domain.SyncPlan;
import org.hugmenow.hr.sync.domain.SyncPlanner;
import org.hugmenow.hr.sync.domain.SyncRun;
import org.hugmenow.hr.sync.persistence.SyncRunStore;
import org.hugmenow.hr.sync.persistence.SyncedPeopleStore;
import org.hugmenow.platform.db.TenantData;
import org.hugmenow.platform.logging.ContextLogger;
import org.hugmenow.platform.refusal.Refusal;
import org.hugmenow.platform.tenancy.TenantSlug;

/**
 * Starts, confirms, cancels and recovers runs. A run fetches in the background, stores its plan,
 * and then stops (dry run), waits for an admin (safety brake), or applies. The stored plan is
 * what lets a confirmation come later and a crashed run resume elsewhere.
 */
@ApplicationScoped
public class SyncRunner {

    public static final String SCHEDULE = "schedule";
    /** Heartbeats come every 30 s; two minutes of silence means the instance is gone. */
    static final Duration STALE = Duration.ofMinutes(2);
    static final Duration RETENTION = Duration.ofDays(90);
    private static final ContextLogger LOG = ContextLogger.of(SyncRunner.class);

    @Inject TenantData data;
    @Inject SyncRunStore runs;
    @Inject HrConnections connections;
    @Inject DirectorySource directory;
    @Inject AttributeOwnership ownership;
    @Inject ConflictLog conflicts;
    @Inject ConnectorFetcher fetcher;
    @Inject ConnectorBreakers breakers;
    @Inject RunApplier applier;
    @Inject SyncWorkers workers;
    @Inject Entitlements entitlements;
    @Inject Instance<HrConnectorFactory> factories;

    public SyncRun start(TenantSlug tenant, UUID connectionId, SyncRun.Mode mode, boolean dryRun, String triggeredBy) {
        entitlements.require(tenant, Feature.HR_CONNECTORS);
        HrConnection connection = connection(tenant, connectionId);
        if (takesUploads(connection)) {
            throw Refusal.invalid("connector", "a CSV connection runs from an upload: POST the file to its /csv resource");
        }
        return launch(tenant, connection, mode, dryRun, triggeredBy, Map.of());
    }

    /** A full run whose source is the uploaded CSV file; the file is used for this run only and never stored. */
    public SyncRun startUpload(TenantSlug tenant, UUID connectionId, String csv, boolean dryRun, String triggeredBy) {
        entitlements.require(tenant, Feature.HR_CONNECTORS);
        HrConnection connection = connection(tenant, connectionId);
        if (!takesUploads(connection)) {
            throw Refusal.invalid("connector", "only a CSV connection takes uploads");
        }
        return launch(tenant, connection, SyncRun.Mode.FULL, dryRun, triggeredBy, Map.of(Uploads.CONTENT, csv));
    }

    /** Applies a run that waits for an admin. */
    public SyncRun confirm(TenantSlug tenant, UUID runId, String by) {
        if (!data.inConnection(tenant, c -> runs.confirm(c, runId, by))) {
            SyncRun run = find(tenant, runId);
            throw Refusal.conflict(run.dryRun() ? "A dry run only shows its plan; start a run without dryRun to apply it."
                    : "This run is " + run.status().value() + "; only a run awaiting confirmation can be applied.");
        }
        workers.submit(tenant, runId, () -> applier.apply(tenant, runId));
        return find(tenant, runId);
    }

    /** Stops a run before or while it applies; changes already applied stay applied. */
    public SyncRun cancel(TenantSlug tenant, UUID runId, String by) {
        if (!data.inConnection(tenant, c -> runs.cancel(c, runId, by))) {
            SyncRun run = find(tenant, runId);
            throw Refusal.conflict("This run is " + run.status().value() + " and can no longer be cancelled.");
        }
        return find(tenant, runId);
    }

    /** A scheduled full run; a connection that is busy or waiting for an admin skips this turn. */
    void startScheduled(TenantSlug tenant, UUID connectionId) {
        try {
            start(tenant, connectionId, SyncRun.Mode.FULL, false, SCHEDULE);
        } catch (Refusal refused) {
            LOG.info("scheduled sync of HR connection " + connectionId + " skipped: " + refused.getMessage());
        }
    }

    /** Fails fetches and resumes applies that a crashed instance left behind; drops old finished runs. */
    void recover(TenantSlug tenant) {
        data.inConnection(tenant, c -> runs.failStaleFetching(c, STALE));
        List<UUID> orphans = data.inConnection(tenant, c -> runs.claimStaleApplying(c, STALE));
        for (UUID runId : orphans) {
            LOG.info("resuming sync run " + runId + " left by another instance");
            workers.submit(tenant, runId, () -> applier.apply(tenant, runId));
        }
        data.inConnection(tenant, c -> runs.purgeFinished(c, RETENTION));
    }

    private SyncRun launch(TenantSlug tenant, HrConnection connection, SyncRun.Mode mode, boolean dryRun, String triggeredBy,
                           Map<String, String> upload) {
        HrConnectorFactory factory = factories.stream().filter(f -> f.id().equals(connection.connector())).findFirst()
                .orElseThrow(() -> Refusal.conflict("The connector '" + connection.connector() + "' is not installed."));
        SyncRun run = data.inConnection(tenant, c -> runs.insert(c, UUID.randomUUID(), connection.id(), mode, dryRun, triggeredBy))
                .orElseThrow(() -> Refusal.conflict("A run of this connection is in progress or waiting for confirmation;"
                        + " let it finish, or confirm or cancel it."));
        workers.submit(tenant, run.id(), () -> fetchAndPlan(tenant, run, connection, factory, upload));
        return run;
    }

    private void fetchAndPlan(TenantSlug tenant, SyncRun run, HrConnection connection, HrConnectorFactory factory,
                              Map<String, String> upload) {
        Optional<ConnectorFetcher.Fetched> fetched = fetch(tenant, run, connection, factory, upload);
        if (fetched.isEmpty()) {
            return;
        }
        SyncRun.Status next = data.inConnection(tenant, c -> plan(c, run, connection, fetched.get(), !upload.isEmpty()));
        if (next == SyncRun.Status.APPLYING) {
            applier.apply(tenant, run.id());
        }
    }

    /** Empty when the run failed; a failed fetch is never taken as the complete list. */
    private Optional<ConnectorFetcher.Fetched> fetch(TenantSlug tenant, SyncRun run, HrConnection connection,
                                                     HrConnectorFactory factory, Map<String, String> upload) {
        // An upload has no remote system to protect, and a bad file must not pause later uploads.
        String breaker = upload.isEmpty() ? ConnectorBreakers.key(tenant, connection.id()) : null;
        Optional<String> refusal = breaker == null ? Optional.empty() : breakers.refusal(breaker);
        if (refusal.isPresent()) {
            fail(tenant, run.id(), refusal.get());
            return Optional.empty();
        }
        try {
            Map<String, String> settings = new HashMap<>(connections.settings(tenant, connection.id()));
            settings.putAll(upload);
            ConnectorFetcher.Fetched fetched;
            try {
                fetched = fetcher.fetch(factory, settings);
            } finally {
                // The timeout interrupts this thread; cleared, so that recording the outcome can still use the database.
                Thread.interrupted();
            }
            ifGuarded(breaker, () -> breakers.succeeded(breaker));
            return Optional.of(fetched);
        } catch (ConnectorFailure e) {
            ifGuarded(breaker, () -> breakers.failed(breaker, e.kind()));
            fail(tenant, run.id(), e.getMessage());
        } catch (TimeoutException e) {
            ifGuarded(breaker, () -> breakers.failed(breaker, ConnectorFailure.Kind.UNAVAILABLE));
            fail(tenant, run.id(), "the HR system did not deliver its complete export within 10 minutes");
        } catch (SettingsCipher.Unavailable e) {
            ifGuarded(breaker, () -> breakers.abandoned(breaker));
            fail(tenant, run.id(), e.reason());
        } catch (RuntimeException e) {
            ifGuarded(breaker, () -> breakers.abandoned(breaker));
            LOG.error("fetch of sync run " + run.id() + " failed", e);
            fail(tenant, run.id(), "the fetch failed unexpectedly (" + e.getClass().getSimpleName() + ")");
        }
        return Optional.empty();
    }

    /** Plans against the directory as it is now, stores the plan and decides what happens next, in one transaction. */
    private SyncRun.Status plan(Connection c, SyncRun run, HrConnection connection, ConnectorFetcher.Fetched fetched, boolean upload)
            throws SQLException {
        if (runs.lockStatus(c, run.id()).orElse(SyncRun.Status.CANCELLED) != SyncRun.Status.FETCHING) {
            return SyncRun.Status.CANCELLED; // cancelled (or failed as stale) while fetching
        }
        String source = HrConnections.source(connection.id());
        SyncedPeopleStore.ManagedPeople view = directory.view(c, connection.id());
        Map<Attribute, String> owners = ownership.all(c);
        // A source that names no teams must not take everyone out of the teams SCIM or admins made.
        List<HrEmployee> current = fetched.reportsTeams() ? view.employees() : withoutTeams(view.employees());
        SyncPlan plan = SyncPlanner.plan(current, fetched.employees(), run.mode() == SyncRun.Mode.FULL, owners, source);
        Optional<String> brake = brake(plan, connection.maxDeactivateShare(), upload ? fetched.skipped().size() : 0);
        SyncRun.Status next = run.dryRun() ? SyncRun.Status.PLANNED
                : brake.isPresent() ? SyncRun.Status.AWAITING_CONFIRMATION
                : plan.changes().isEmpty() ? SyncRun.Status.SUCCEEDED : SyncRun.Status.APPLYING;
        runs.storePlan(c, run.id(), plan, fetched.skipped(), next, brake.orElse(null));
        if (!run.dryRun()) {
            for (SyncPlan.Conflict conflict : plan.conflicts()) {
                String personId = view.personIds().get(conflict.externalId());
                if (personId != null) {
                    conflicts.record(c, source, personId, AttributeOwnership.name(conflict.attribute()), ConflictLog.text(conflict.current()),
                            ConflictLog.text(conflict.proposed()), conflict.owner(), run.id());
                }
            }
        }
        return next;
    }

    /** Why the run must wait for an admin, if it must. */
    private static Optional<String> brake(SyncPlan plan, double maxShare, int skippedRows) {
        if (skippedRows > 0) {
            return Optional.of(skippedRows + " rows of the file were skipped (see the issues); confirm to apply the valid rows");
        }
        if (plan.needsConfirmation(maxShare)) {
            long deactivations = plan.count(Change.Deactivate.class);
            long rekeys = plan.count(Change.Rekey.class);
            return Optional.of(rekeys > 0 && deactivations <= maxShare * plan.activeBefore()
                    ? rekeys + " people appear under a new employee id; confirm to move them to it"
                    : "would deactivate " + deactivations + " of " + plan.activeBefore() + " active people, more than "
                    + Math.round(maxShare * 100) + "%" + (rekeys > 0 ? ", and rekey " + rekeys : "") + "; confirm to apply");
        }
        return Optional.empty();
    }

    private static List<HrEmployee> withoutTeams(List<HrEmployee> employees) {
        return employees.stream().map(e -> new HrEmployee(e.externalId(), e.email(), e.firstName(), e.lastName(), e.active(),
                e.managerExternalId(), e.department(), e.costCenter(), e.location(), e.startDate(), List.of())).toList();
    }

    private void fail(TenantSlug tenant, UUID runId, String failure) {
        data.inConnection(tenant, c -> {
            runs.fail(c, runId, failure);
            return null;
        });
    }

    private HrConnection connection(TenantSlug tenant, UUID connectionId) {
        return connections.get(tenant, connectionId)
                .orElseThrow(() -> Refusal.notFound("There is no such HR connection in your tenant."));
    }

    private SyncRun find(TenantSlug tenant, UUID runId) {
        return data.inConnection(tenant, c -> runs.find(c, runId))
                .orElseThrow(() -> Refusal.notFound("There is no such sync run in your tenant."));
    }

    private static boolean takesUploads(HrConnection connection) {
        return Uploads.takesUploads(connection.connector());
    }

    private static void ifGuarded(String breaker, Runnable action) {
        if (breaker != null) {
            action.run();
        }
    }
}
