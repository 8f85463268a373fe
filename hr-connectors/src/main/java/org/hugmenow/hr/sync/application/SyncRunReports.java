package org.hugmenow.hr.sync.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.hugmenow.hr.sync.domain.Attribute;
import org.hugmenow.hr.sync.domain.Change;
import org.hugmenow.hr.sync.domain.RunIssue;
import org.hugmenow.hr.sync.domain.SyncRun;
import org.hugmenow.hr.sync.persistence.SyncRunStore;
import org.hugmenow.platform.db.TenantData;
import org.hugmenow.platform.refusal.Refusal;
import org.hugmenow.platform.tenancy.TenantSlug;

/** What admins read about runs: status and counts, the stored plan change by change, and the issues. */
@ApplicationScoped
public class SyncRunReports {

    static final int MAX_ISSUES = 5000;
    private static final String NO_SUCH_RUN = "There is no such sync run in your tenant.";

    @Inject TenantData data;
    @Inject SyncRunStore runs;

    /** Newest first; {@code connectionId} null for every connection. */
    public List<SyncRun> list(TenantSlug tenant, UUID connectionId, int limit) {
        return data.inConnection(tenant, c -> runs.list(c, connectionId, limit));
    }

    public SyncRun get(TenantSlug tenant, UUID id) {
        return data.inConnection(tenant, c -> runs.find(c, id)).orElseThrow(() -> Refusal.notFound(NO_SUCH_RUN));
    }

    public List<PlannedChange> changes(TenantSlug tenant, UUID id, int offset, int limit) {
        return data.inConnection(tenant, c -> {
            if (runs.find(c, id).isEmpty()) {
                throw Refusal.notFound(NO_SUCH_RUN);
            }
            return runs.changes(c, id, offset, limit).stream().map(s -> new PlannedChange(s.seq(), s.kind(), s.externalId(),
                    describe(s.change()), s.appliedAt(), s.error())).toList();
        });
    }

    public List<RunIssue> issues(TenantSlug tenant, UUID id) {
        return data.inConnection(tenant, c -> {
            if (runs.find(c, id).isEmpty()) {
                throw Refusal.notFound(NO_SUCH_RUN);
            }
            return runs.issues(c, id, MAX_ISSUES);
        });
    }

    /** The attributes a change touches, old → new; a new person's are all "new". */
    static List<PlannedChange.AttributeChange> describe(Change change) {
        List<PlannedChange.AttributeChange> described = new ArrayList<>();
        if (change instanceof Change.Create create) {
            for (Attribute a : Attribute.values()) {
                Object value = plain(a.of(create.employee()));
                if (value != null && !(value instanceof Collection<?> empty && empty.isEmpty())) {
                    described.add(new PlannedChange.AttributeChange(AttributeOwnership.name(a), null, value));
                }
            }
        } else if (change instanceof Change.Update update) {
            update.changes().forEach((a, fromTo) -> described.add(
                    new PlannedChange.AttributeChange(AttributeOwnership.name(a), plain(fromTo[0]), plain(fromTo[1]))));
        } else if (change instanceof Change.Deactivate) {
            described.add(new PlannedChange.AttributeChange(AttributeOwnership.name(Attribute.ACTIVE), true, false));
        } else if (change instanceof Change.Rekey rekey) {
            described.add(new PlannedChange.AttributeChange("employee_id", rekey.oldExternalId(), rekey.externalId()));
        }
        return described;
    }

    /** Text, booleans and sorted team lists, the same whether the value came from a connector or from storage. */
    private static Object plain(Object value) {
        if (value instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).sorted().toList();
        }
        return value == null || value instanceof Boolean || value instanceof String ? value : value.toString();
    }
}
