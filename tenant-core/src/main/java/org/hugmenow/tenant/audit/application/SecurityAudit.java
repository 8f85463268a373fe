package org.hugmenow.tenant.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.hugmenow.platform.db.TenantData;
import org.hugmenow.platform.tenancy.TenantSlug;
import org.hugmenow.tenant.audit.domain.AuditEvent;
import org.hugmenow.tenant.audit.persistence.SecurityAuditStore;

/**
 * The tenant's audit of security-relevant actions (SCIM credentials, settings), for IT admins.
 * {@link #record} joins the caller's unit of work, so the entry commits or rolls back with the
 * action. Callers pass usernames and labels only: never tokens, secrets or mood data.
 */
@ApplicationScoped
public class SecurityAudit {

    public static final int PAGE_SIZE = 25;

    /** One page of entries, newest first, with the total. */
    public record Page(List<AuditEvent> events, long total, int page) {
    }

    @Inject
    TenantData data;

    public void record(Connection c, String actor, String action, String subject) throws SQLException {
        SecurityAuditStore.insert(c, actor == null ? "unknown" : actor, action, subject);
    }

    /** For actions whose own data lives outside the tenant's schema (sign-in domains): its own unit of work, after the action. */
    public void record(TenantSlug tenant, String actor, String action, String subject) {
        data.inConnection(tenant, c -> {
            record(c, actor, action, subject);
            return null;
        });
    }

    public Page page(TenantSlug tenant, int page) {
        int p = Math.max(0, page);
        return data.inConnection(tenant, c -> new Page(SecurityAuditStore.page(c, PAGE_SIZE, p * PAGE_SIZE),
                SecurityAuditStore.count(c), p));
    }
}
