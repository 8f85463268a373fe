package org.hugmenow.tenant.provisioning.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.hugmenow.tenant.offboarding.OffboardingService;
import org.hugmenow.tenant.registry.domain.IllegalTenantTransitionException;
import org.hugmenow.tenant.registry.domain.Tenant;
import org.hugmenow.tenant.registry.domain.TenantRepository;
import org.hugmenow.tenant.registry.domain.TenantSlug;
import org.hugmenow.tenant.registry.domain.TenantStatus;

/** Operator actions on existing tenants. Impossible transitions answer 409. */
@ApplicationScoped
public class TenantLifecycleService {

    @Inject TenantRepository tenants;
    @Inject TenantJournal journal;
    @Inject ProvisioningService provisioning;
    @Inject OffboardingService offboarding;

    public Tenant get(String slug) {
        if (TenantSlug.problemWith(slug).isPresent()) {
            throw TenantRequestRefused.notFound(slug);
        }
        return tenants.findBySlug(new TenantSlug(slug))
                .orElseThrow(() -> TenantRequestRefused.notFound(slug));
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
            throw TenantRequestRefused.conflict(e.getMessage());
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
            default -> throw TenantRequestRefused.conflict("Tenant '" + slug + "' is " + tenant.status().wireName()
                    + "; there is nothing to retry.");
        }
        journal.audit(tenant, "tenant.retry", actor, null);
        return tenant;
    }

    private Tenant move(Tenant tenant, TenantStatus next, String action, String actor) {
        if (tenant.status() == TenantStatus.PROVISIONING && next == TenantStatus.ACTIVE) {
            throw TenantRequestRefused.conflict("Tenant '" + tenant.slug() + "' is still provisioning.");
        }
        try {
            Tenant moved = tenant.withStatus(next);
            if (!tenants.transition(tenant, moved)) {
                throw TenantRequestRefused.conflict("Tenant '" + tenant.slug() + "' changed status meanwhile; reload and try again.");
            }
            journal.audit(moved, action, actor, null);
            return moved;
        } catch (IllegalTenantTransitionException e) {
            throw TenantRequestRefused.conflict(e.getMessage());
        }
    }
}
