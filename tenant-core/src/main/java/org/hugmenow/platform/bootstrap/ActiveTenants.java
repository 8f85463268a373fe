package org.hugmenow.platform.bootstrap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.Consumer;
import org.hugmenow.platform.db.TenantAvailability;
import org.hugmenow.platform.logging.ContextLogger;
import org.hugmenow.platform.logging.LogContext;
import org.hugmenow.platform.tenancy.Tenant;
import org.hugmenow.platform.tenancy.TenantRepository;
import org.hugmenow.platform.tenancy.TenantStatus;

/**
 * Runs scheduled work for every active tenant whose schema is ready, one tenant at a time with the
 * tenant in the log context. A failing tenant is logged and skipped, never stops the others; before
 * start-up migrations are done nothing runs (schemas may lack the feature's tables).
 */
@ApplicationScoped
public class ActiveTenants {

    private static final ContextLogger LOG = ContextLogger.of(ActiveTenants.class);

    @Inject TenantRepository tenants;
    @Inject TenantAvailability availability;

    /** {@code what} names the work in the log line of a skipped tenant. */
    public void each(String what, Consumer<Tenant> work) {
        if (!availability.migrationsDone()) {
            return;
        }
        for (Tenant tenant : tenants.findByStatus(TenantStatus.ACTIVE)) {
            if (!availability.isAvailable(tenant.slug())) {
                continue;
            }
            LogContext.tenant(tenant.slug().value());
            try {
                work.accept(tenant);
            } catch (RuntimeException e) {
                LOG.warn(what + " skipped this tenant: " + e.getClass().getSimpleName());
            } finally {
                LogContext.clear();
            }
        }
    }
}
