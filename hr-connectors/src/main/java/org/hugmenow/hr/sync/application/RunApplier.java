package org.hugmenow.hr.sync.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hugmenow.hr.sync.domain.Attribute;
import org.hugmenow.hr.sync.persistence.SyncRunStore;
import org.hugmenow.hr.sync.persistence.WriteFailures;
import org.hugmenow.platform.db.TenantData;
import org.hugmenow.platform.tenancy.TenantSlug;

/**
 * Works through a run's stored plan, one person per transaction, in plan order. Every change is
 * marked applied in its own transaction, so the walk can stop anywhere (crash, cancel, database
 * outage) and be resumed by any instance without doing anything twice.
 */
@ApplicationScoped
public class RunApplier {

    /** Changes between two progress updates (and heartbeats, and checks for a cancel). */
    static final int BATCH = 100;

    @Inject TenantData data;
    @Inject SyncRunStore runs;
    @Inject DirectorySource directory;
    @Inject AttributeOwnership ownership;

    public void apply(TenantSlug tenant, UUID runId) {
        DirectorySource.Target target = data.inConnection(tenant, c -> {
            UUID connectionId = runs.connectionOf(c, runId);
            Map<Attribute, String> owners = ownership.all(c);
            return new DirectorySource.Target(connectionId, owners, runId);
        });
        int after = 0;
        while (true) {
            int from = after;
            List<SyncRunStore.StoredChange> batch = data.inConnection(tenant, c -> runs.pending(c, runId, from, BATCH));
            for (SyncRunStore.StoredChange change : batch) {
                applyOne(tenant, runId, change, target);
                after = change.seq();
            }
            if (!data.inConnection(tenant, c -> runs.progress(c, runId))) {
                return; // cancelled meanwhile: what is applied stays applied
            }
            if (batch.size() < BATCH) {
                break;
            }
        }
        data.inConnection(tenant, c -> {
            directory.fillManagers(c, runs.managerLinks(c, runId));
            return runs.succeed(c, runId);
        });
    }

    private void applyOne(TenantSlug tenant, UUID runId, SyncRunStore.StoredChange stored, DirectorySource.Target target) {
        try {
            data.inConnection(tenant, c -> {
                var change = runs.lockPending(c, runId, stored.seq());
                if (change.isPresent()) {
                    directory.apply(c, tenant, change.get(), target);
                    runs.markApplied(c, runId, stored.seq());
                }
                return null;
            });
        } catch (DirectorySource.ApplyRefused refused) {
            recordError(tenant, runId, stored, refused.getMessage());
        } catch (TenantData.TenantDataException e) {
            if (WriteFailures.databaseUnreachable(e.getCause())) {
                throw e; // not this record's fault: the run pauses and is resumed once its heartbeat goes stale
            }
            recordError(tenant, runId, stored, WriteFailures.describe(e.getCause()));
        }
    }

    private void recordError(TenantSlug tenant, UUID runId, SyncRunStore.StoredChange stored, String detail) {
        data.inConnection(tenant, c -> {
            runs.markFailed(c, runId, stored.seq(), stored.externalId(), detail);
            return null;
        });
    }
}
