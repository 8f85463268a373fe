package org.hugmenow.console.signin.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hugmenow.console.signin.domain.EmailDomain;
import org.hugmenow.console.signin.persistence.SignInDomainStore;
import org.hugmenow.platform.refusal.Refusal;
import org.hugmenow.platform.tenancy.Tenant;
import org.hugmenow.platform.tenancy.TenantRepository;
import org.hugmenow.platform.tenancy.TenantSlug;
import org.hugmenow.tenant.audit.application.SecurityAudit;

/**
 * Finds a person's tenant from what they type on the console's front door: their work e-mail
 * (by a domain an IT admin registered for the tenant) or the organization's slug. Only the
 * tenant is found here; the issuer always comes from the registry (see {@link SignInService}).
 */
@ApplicationScoped
public class HomeRealmDiscovery {

    static final int MAX_DOMAINS = 20;

    @Inject SignInDomainStore domains;
    @Inject TenantRepository tenants;
    @Inject SecurityAudit audit;

    /** The slug of the tenant the typed e-mail address or slug leads to; empty when nothing matches. */
    public Optional<String> tenantFor(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        String text = typed.strip();
        if (text.contains("@")) {
            return EmailDomain.parse(text).flatMap(d -> domains.tenantOf(d.value())).flatMap(tenants::findById)
                    .map(t -> t.slug().value());
        }
        String slug = text.toLowerCase(java.util.Locale.ROOT);
        return TenantSlug.problemWith(slug).isPresent() ? Optional.empty()
                : tenants.findBySlug(new TenantSlug(slug)).map(t -> t.slug().value());
    }

    /** The company provider a typed work e-mail's domain leads straight to, if its tenant routed it to one. */
    public Optional<String> providerHintFor(String typed) {
        if (typed == null || !typed.contains("@")) {
            return Optional.empty();
        }
        return EmailDomain.parse(typed.strip()).flatMap(d -> domains.providerOf(d.value()));
    }

    /** Whether the domain is free or the tenant's already; a domain routes to one tenant only. */
    public boolean availableTo(Tenant tenant, String domain) {
        return domains.tenantOf(domain).map(tenant.id()::equals).orElse(true);
    }

    /** Claims the domains for the tenant where needed and leads exactly them to the provider. */
    public void route(Tenant tenant, String alias, List<String> routed, String by) {
        for (String domain : routed) {
            if (!domainsOf(tenant).contains(domain)) {
                add(tenant, domain, by);
            }
        }
        domains.route(tenant.id(), alias, routed);
    }

    public List<String> routedTo(Tenant tenant, String alias) {
        return domains.routedTo(tenant.id(), alias);
    }

    public List<String> domainsOf(Tenant tenant) {
        return domains.domainsOf(tenant.id());
    }

    /** Registers a domain for the tenant; refused when it is not a domain or another tenant holds it. */
    public void add(Tenant tenant, String typed, String by) {
        EmailDomain domain = EmailDomain.parse(typed).filter(d -> !typed.contains("@"))
                .orElseThrow(() -> Refusal.invalid("domain", "must be a domain name such as example.com"));
        if (domains.domainsOf(tenant.id()).size() >= MAX_DOMAINS) {
            throw Refusal.invalid("domain", "at most " + MAX_DOMAINS + " domains per organization");
        }
        if (!domains.claim(domain.value(), tenant.id(), by, Instant.now())) {
            throw Refusal.conflict("Another organization signs in with " + domain.value() + ".");
        }
        audit.record(tenant.slug(), by, "sign-in-domain.added", domain.value());
    }

    public void remove(Tenant tenant, String domain, String by) {
        if (!domains.release(domain, tenant.id())) {
            throw Refusal.notFound("Your organization has no sign-in domain " + domain + ".");
        }
        audit.record(tenant.slug(), by, "sign-in-domain.removed", domain);
    }
}
