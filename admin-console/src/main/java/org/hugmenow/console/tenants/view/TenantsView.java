package org.hugmenow.console.tenants.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;
import org.hugmenow.console.shared.Messages;
import org.hugmenow.console.signin.application.SignedInUser;
import org.hugmenow.platform.refusal.Refusal;
import org.hugmenow.platform.security.Roles;
import org.hugmenow.platform.tenancy.Tenant;
import org.hugmenow.platform.tenancy.TenantJournal;
import org.hugmenow.tenant.directory.domain.Directory;
import org.hugmenow.tenant.provisioning.application.ProvisioningService;
import org.hugmenow.tenant.provisioning.application.TenantLifecycleService;

/**
 * Platform operators' tenants: the paged, searchable registry, one tenant's provisioning steps,
 * last error and audit trail, and the lifecycle actions of {@code /api/v1/platform/tenants}
 * through the same services. Offboarding asks the operator to type the slug.
 */
@Named("tenants")
@ViewScoped
public class TenantsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject TenantLifecycleService lifecycle;
    @Inject ProvisioningService provisioning;
    @Inject TenantJournal journal;
    @Inject Directory directory;
    @Inject SignedInUser user;

    private transient TenantRows rows;
    private String query = "";
    private String selectedSlug;
    private String confirmation = "";
    private String issuedLink;

    public TenantRows getRows() {
        user.require(Roles.PLATFORM_OPERATOR);
        if (rows == null) {
            Supplier<List<Tenant>> registry = lifecycle::list;
            rows = new TenantRows(registry, journal::completedSteps, directory);
        }
        rows.search(query);
        return rows;
    }

    public void select(String slug) {
        user.require(Roles.PLATFORM_OPERATOR);
        selectedSlug = slug;
        confirmation = "";
        issuedLink = null;
    }

    /** The selected tenant, read fresh; null when none is selected or it is gone. */
    public Tenant getSelected() {
        user.require(Roles.PLATFORM_OPERATOR);
        if (selectedSlug == null) {
            return null;
        }
        try {
            return lifecycle.get(selectedSlug);
        } catch (Refusal gone) {
            return null;
        }
    }

    public List<String> getSelectedSteps() {
        Tenant tenant = getSelected();
        return tenant == null ? List.of() : provisioning.completedSteps(tenant).stream().sorted().toList();
    }

    public String getSelectedStepsText() {
        return String.join(", ", getSelectedSteps());
    }

    public List<TenantJournal.AuditEntry> getSelectedAudit() {
        Tenant tenant = getSelected();
        return tenant == null ? List.of() : journal.auditTrail(tenant.id());
    }

    public void suspend() {
        act(() -> lifecycle.suspend(selectedSlug, actor()), "tenants.suspended");
    }

    public void resume() {
        act(() -> lifecycle.resume(selectedSlug, actor()), "tenants.resumed");
    }

    public void retry() {
        act(() -> lifecycle.retry(selectedSlug, actor()), "tenants.retried");
    }

    public void reissueLink() {
        act(() -> issuedLink = lifecycle.reissueActivation(selectedSlug, actor()).setPasswordUrl(), "tenants.linkIssued");
    }

    /** Offboarding is for good: the operator must type the tenant's slug, and the server compares it. */
    public void offboard() {
        if (selectedSlug == null || !selectedSlug.equals(confirmation == null ? null : confirmation.strip())) {
            user.require(Roles.PLATFORM_OPERATOR);
            Messages.error("tenants.confirmMismatch");
            return;
        }
        act(() -> lifecycle.offboard(selectedSlug, actor()), "tenants.offboarding");
        confirmation = "";
    }

    private void act(Runnable action, String doneKey) {
        user.require(Roles.PLATFORM_OPERATOR);
        if (selectedSlug == null) {
            return;
        }
        try {
            action.run();
            Messages.info(doneKey, selectedSlug);
        } catch (Refusal refusal) {
            Messages.refused(refusal);
        }
    }

    private String actor() {
        return "operator:" + user.getUsername();
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query == null ? "" : query;
    }

    public String getSelectedSlug() {
        return selectedSlug;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }

    public String getIssuedLink() {
        return issuedLink;
    }

    public void forgetLink() {
        issuedLink = null;
    }
}
