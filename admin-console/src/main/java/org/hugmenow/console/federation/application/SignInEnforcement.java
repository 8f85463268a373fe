package org.hugmenow.console.federation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import org.hugmenow.console.federation.persistence.SignInEnforcementStore;
import org.hugmenow.console.federation.domain.Enforcement;
import org.hugmenow.console.federation.persistence.SignInProviderStore;
import org.hugmenow.platform.refusal.Refusal;
import org.hugmenow.platform.tenancy.Tenant;
import org.hugmenow.tenant.audit.application.SecurityAudit;
import org.hugmenow.tenant.entitlement.application.Entitlements;
import org.hugmenow.tenant.entitlement.domain.Feature;
import org.hugmenow.tenant.identity.IdentityBrokering;

/**
 * Enforcing company sign-in: passwords are switched off for everyone but the named break-glass
 * admins, who keep a way in when the company's provider is down or misconfigured.
 */
@ApplicationScoped
public class SignInEnforcement {

    static final int MAX_BREAK_GLASS = 10;

    @Inject SignInEnforcementStore store;
    @Inject SignInProviderStore providers;
    @Inject IdentityBrokering brokering;
    @Inject Entitlements entitlements;
    @Inject SecurityAudit audit;

    public Enforcement current(Tenant tenant) {
        return store.find(tenant.id()).orElse(new Enforcement(false, List.of(), null, null));
    }

    public Enforcement set(Tenant tenant, boolean enforced, List<String> breakGlass, String by) {
        List<String> admins = breakGlass == null ? current(tenant).breakGlassAdmins() : usernames(breakGlass);
        if (enforced) {
            entitlements.require(tenant.slug(), Feature.FEDERATED_SIGN_IN);
            if (providers.list(tenant.id()).stream().noneMatch(p -> p.enabled())) {
                throw Refusal.conflict("Connect and enable a sign-in provider before enforcing it.");
            }
            if (admins.isEmpty()) {
                throw Refusal.invalid("breakGlassAdmins", "name at least one break-glass admin who may still sign in with a password");
            }
        }
        List<String> missing = brokering.setBreakGlassAdmins(tenant.identityHome(), new LinkedHashSet<>(admins));
        if (!missing.isEmpty()) {
            throw Refusal.invalid("breakGlassAdmins", "not people of your organization: " + String.join(", ", missing));
        }
        brokering.enforceProviders(tenant.identityHome(), enforced);
        Enforcement saved = new Enforcement(enforced, admins, by, Instant.now());
        store.save(tenant.id(), saved);
        audit.record(tenant.slug(), by, enforced ? "sign-in-enforcement.on" : "sign-in-enforcement.off",
                "break-glass: " + String.join(", ", admins));
        return saved;
    }

    private static List<String> usernames(List<String> typed) {
        if (typed.size() > MAX_BREAK_GLASS) {
            throw Refusal.invalid("breakGlassAdmins", "at most " + MAX_BREAK_GLASS);
        }
        LinkedHashSet<String> names = new LinkedHashSet<>();
        for (String name : typed) {
            if (name == null || name.isBlank() || name.length() > 255 || name.chars().anyMatch(Character::isISOControl)) {
                throw Refusal.invalid("breakGlassAdmins", "must be usernames");
            }
            names.add(name.strip().toLowerCase(java.util.Locale.ROOT));
        }
        return List.copyOf(names);
    }
}
