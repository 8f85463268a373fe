package org.hugmenow.tenant.provisioning.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.hugmenow.platform.tenancy.TenantJournal;
import org.hugmenow.platform.refusal.Refusal;
import org.hugmenow.tenant.offboarding.OffboardingService;
import org.hugmenow.platform.tenancy.IllegalTenantTransitionException;
import org.hugmenow.platform.tenancy.Tenant;
import org.hugmenow.platform.tenancy.TenantRepository;
import org.hugmenow.platform.tenancy.TenantSlug;
import org.hugmenow.platform.tenancy.TenantStatus;

/** Operator actions on existing tenants. Impossible transitions answer 409. */
@ApplicationScoped
public class TenantLifecycleService {

    @Inject TenantRepository tenants;
    @Inject TenantJournal journal;
    @Inject ProvisioningService provisioning;
    @Inject OffboardingService offboarding;

    public Tenant get(String slug) {
        if (TenantSlug.problemWith(slug).isPresent()) {
            throw Refusal.notFound("There is no tenant '" + slug + "'.");
        }
        return tenants.findBySlug(new TenantSlug(slug))
                .orElseThrow(() -> Refusal.notFound("There is no tenant '" + slug + "'."));
    }

    public List<Tenant> list() {
        return tenants.findAll();
    }

    public Tenant suspend(String slug, String actor) {
        return move(get(slug), TenantStatus.SUSPENDED, "tenant.suspend", actor);
    }

    public Tenant resume(String slug, String actor) {
        return move(get(slug), TenantStatus.ACTIVE, "tenant.resume", actor);
    }

    public Tenant offboard(String slug, String actor) {
        try {
            return offboarding.begin(get(slug), actor);
        } catch (IllegalTenantTransitionException e) {
            throw Refusal.conflict(e.getMessage());
        }
    }

    public ProvisioningService.Created reissueActivation(String slug, String actor) {
        return provisioning.reissueActivation(get(slug), actor);
    }

    /** Retries whatever lifecycle work of the tenant is unfinished. */
    public Tenant retry(String slug, String actor) {
        Tenant tenant = get(slug);
        switch (tenant.status()) {
            case PROVISIONING -> provisioning.resume(tenant.slug());
            case OFFBOARDING -> offboarding.resume(tenant.slug());
            default -> throw Refusal.conflict("Tenant '" + slug + "' is " + tenant.status().wireName()
                    + "; there is nothing to retry.");
        }
        journal.audit(tenant, "tenant.retry", actor, null);
        return tenant;
    }

    private Tenant move(Tenant tenant, TenantStatus next, String action, String actor) {
        if (tenant.status() == TenantStatus.PROVISIONING && next == TenantStatus.ACTIVE) {
            throw Refusal.conflict("Tenant '" + tenant.slug() + "' is still provisioning.");
        }
        try {
            Tenant moved = tenant.withStatus(next);
            if (!tenants.transition(tenant, moved)) {
                throw Refusal.conflict("Tenant '" + tenant.slug() + "' changed status meanwhile; reload and try again.");
            }
            journal.audit(moved, action, actor, null);
            return moved;
        } catch (IllegalTenantTransitionException e) {
            throw Refusal.conflict(e.getMessage());
        }
    }
}
