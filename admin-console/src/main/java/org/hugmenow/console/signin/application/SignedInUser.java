package org.hugmenow.console.signin.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Set;
import org.hugmenow.console.signin.domain.ConsoleSession;
import org.hugmenow.platform.refusal.Refusal;
import org.hugmenow.platform.tenancy.Tenant;
import org.hugmenow.platform.tenancy.TenantRepository;
import org.hugmenow.platform.tenancy.TenantSlug;

/**
 * The person of the current console request, from the session the gate checked. Pages take the
 * tenant from here (from the verified session), never from a URL or a form field, and every
 * action asks {@link #require} again: hiding a button is not authorization.
 */
@RequestScoped
@Named("user")
public class SignedInUser {

    @Inject TenantRepository tenants;

    private ConsoleSession session;
    private Tenant tenant;

    /** Set once by the gate after checking the session. */
    public void signedIn(ConsoleSession checked) {
        if (session != null) {
            throw new IllegalStateException("the person of this request is known already");
        }
        session = checked;
    }

    public boolean isSignedIn() {
        return session != null;
    }

    public ConsoleSession session() {
        if (session == null) {
            throw Refusal.forbidden("Sign in first.");
        }
        return session;
    }

    public String getUsername() {
        return session().username();
    }

    public Set<String> roles() {
        return session().roles();
    }

    public boolean has(String role) {
        return isSignedIn() && session.roles().contains(role);
    }

    public boolean isPlatformOperator() {
        return isSignedIn() && session.tenantId().isEmpty();
    }

    /** Refuses unless the person holds one of the roles. */
    public void require(String... anyOf) {
        for (String role : anyOf) {
            if (has(role)) {
                return;
            }
        }
        throw Refusal.forbidden("Your roles do not allow this.");
    }

    /** The person's tenant; refused for platform operators, who have none. */
    public Tenant tenant() {
        if (tenant == null) {
            tenant = session().tenantId().flatMap(tenants::findById)
                    .orElseThrow(() -> Refusal.forbidden("This page belongs to an organization."));
        }
        return tenant;
    }

    public TenantSlug slug() {
        return tenant().slug();
    }

    public String getOrganization() {
        return isPlatformOperator() ? null : tenant().name();
    }
}
