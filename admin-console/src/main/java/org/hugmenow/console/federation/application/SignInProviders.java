package org.hugmenow.console.federation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hugmenow.console.federation.domain.ClaimMapping;
import org.hugmenow.console.federation.domain.ConnectedProvider;
import org.hugmenow.console.federation.domain.ProviderAlias;
import org.hugmenow.console.federation.domain.ProviderCheck;
import org.hugmenow.console.federation.domain.SignInPolicy;
import org.hugmenow.console.federation.domain.Vendor;
import org.hugmenow.console.federation.persistence.SignInEnforcementStore;
import org.hugmenow.console.federation.persistence.SignInProviderStore;
import org.hugmenow.console.signin.application.HomeRealmDiscovery;
import org.hugmenow.console.signin.domain.EmailDomain;
import org.hugmenow.hr.connector.application.SettingsCipher;
import org.hugmenow.platform.refusal.Refusal;
import org.hugmenow.platform.tenancy.Tenant;
import org.hugmenow.tenant.audit.application.SecurityAudit;
import org.hugmenow.tenant.entitlement.application.Entitlements;
import org.hugmenow.tenant.entitlement.domain.Feature;
import org.hugmenow.tenant.identity.IdentityBrokering;
import org.hugmenow.tenant.identity.IdentityBrokering.BrokeredProvider;
import org.hugmenow.tenant.identity.IdentityBrokering.Protocol;

/**
 * A tenant's company identity providers: connected from a discovery document or SAML metadata
 * that is fetched and checked first, so nothing half-configured is left behind; written to the
 * tenant's identity home through {@link IdentityBrokering}; every change audited.
 */
@ApplicationScoped
public class SignInProviders {

    static final int MAX_PROVIDERS = 10;
    static final int MAX_NAME = 100;
    static final int MAX_CLIENT = 255;
    static final int MAX_SECRET = 1000;
    static final int MAX_DOMAINS = 20;
    private static final String SECRET = "clientSecret";

    @Inject SignInProviderStore store;
    @Inject SignInEnforcementStore enforcement;
    @Inject IdentityBrokering brokering;
    @Inject HomeRealmDiscovery discovery;
    @Inject SettingsCipher cipher;
    @Inject Entitlements entitlements;
    @Inject SecurityAudit audit;

    @Inject
    @ConfigProperty(name = "hugmenow.sign-in.allow-private-addresses", defaultValue = "false")
    boolean allowPrivate;

    public List<ConnectedProvider> list(Tenant tenant) {
        return store.list(tenant.id());
    }

    public ConnectedProvider get(Tenant tenant, String alias) {
        return store.find(tenant.id(), alias).orElseThrow(() -> notFound(alias));
    }

    public List<String> domainsOf(Tenant tenant, String alias) {
        return discovery.routedTo(tenant, alias);
    }

    /** Tests a provider that is not connected yet; nothing is stored. */
    public ProviderCheck test(ProviderDraft draft) {
        Protocol protocol = protocol(draft.protocol());
        return ProviderChecks.check(protocol, source(draft, protocol), blankToNull(draft.metadataXml()), allowPrivate);
    }

    public ConnectedProvider connect(Tenant tenant, ProviderDraft draft, String by) {
        entitlements.require(tenant.slug(), Feature.FEDERATED_SIGN_IN);
        Protocol protocol = protocol(draft.protocol());
        String name = text("displayName", draft.displayName(), MAX_NAME, true);
        String alias = draft.alias() == null ? ProviderAlias.from(name)
                .orElseThrow(() -> Refusal.invalid("alias", "choose an alias: lower-case letters, digits and hyphens")) : draft.alias();
        if (!ProviderAlias.valid(alias)) {
            throw Refusal.invalid("alias", "must be 1 to " + ProviderAlias.MAX + " lower-case letters, digits and hyphens");
        }
        Vendor vendor = draft.vendor() == null ? Vendor.OTHER : Vendor.parse(draft.vendor())
                .orElseThrow(() -> Refusal.invalid("vendor", "must be entra-id, okta, google or other"));
        SignInPolicy policy = policy(draft.policy(), SignInPolicy.DIRECTORY);
        ClaimMapping mapping = mapping(vendor.defaults(protocol), draft.mapping());
        String clientId = protocol == Protocol.OIDC ? text("clientId", draft.clientId(), MAX_CLIENT, true) : null;
        String secret = protocol == Protocol.OIDC ? text(SECRET, draft.clientSecret(), MAX_SECRET, true) : null;
        List<String> domains = domains(tenant, draft.domains() == null ? List.of() : draft.domains());
        if (store.find(tenant.id(), alias).isPresent()) {
            throw Refusal.conflict("Your organization has a sign-in provider named " + alias + " already.");
        }
        if (store.list(tenant.id()).size() >= MAX_PROVIDERS) {
            throw Refusal.conflict("An organization can connect at most " + MAX_PROVIDERS + " sign-in providers.");
        }
        String source = source(draft, protocol);
        ProviderCheck check = ProviderChecks.check(protocol, source, blankToNull(draft.metadataXml()), allowPrivate);
        Instant now = Instant.now();
        UUID id = UUID.randomUUID();
        byte[] sealed = secret == null ? null : cipher.encrypt(tenant.slug(), id, Map.of(SECRET, secret));
        ConnectedProvider provider = new ConnectedProvider(id, alias, name, protocol, vendor, policy,
                draft.enabled() == null || draft.enabled(), source, source == null ? draft.metadataXml() : null, clientId, sealed,
                mapping, check, now, null, by, now, now);
        push(tenant, provider);
        if (!store.insert(tenant.id(), provider)) {
            throw Refusal.conflict("Your organization has a sign-in provider named " + alias + " already.");
        }
        discovery.route(tenant, alias, domains, by);
        audit.record(tenant.slug(), by, "sign-in-provider.connected", alias + " (" + protocol.name().toLowerCase(Locale.ROOT) + ", "
                + policy.wire() + ")");
        return provider;
    }

    public ConnectedProvider change(Tenant tenant, String alias, ProviderDraft draft, String by) {
        ConnectedProvider before = get(tenant, alias);
        if (draft.protocol() != null && protocol(draft.protocol()) != before.protocol()) {
            throw Refusal.invalid("protocol", "cannot change; connect a new provider instead");
        }
        if (draft.alias() != null && !draft.alias().equals(alias)) {
            throw Refusal.invalid("alias", "cannot change: the customer's provider sends people back to it");
        }
        boolean enabled = draft.enabled() == null ? before.enabled() : draft.enabled();
        if (enabled) {
            entitlements.require(tenant.slug(), Feature.FEDERATED_SIGN_IN);
        }
        if (!enabled && before.enabled() && enforcedOn(tenant) && enabledOthers(tenant, alias) == 0) {
            throw Refusal.conflict("Sign-in through a company provider is enforced and this is its only enabled provider;"
                    + " turn enforcement off first.");
        }
        Vendor vendor = draft.vendor() == null ? before.vendor() : Vendor.parse(draft.vendor())
                .orElseThrow(() -> Refusal.invalid("vendor", "must be entra-id, okta, google or other"));
        ClaimMapping mapping = mapping(draft.vendor() == null ? before.mapping() : vendor.defaults(before.protocol()), draft.mapping());
        String clientId = draft.clientId() == null ? before.clientId() : text("clientId", draft.clientId(), MAX_CLIENT, true);
        byte[] sealed = draft.clientSecret() == null ? before.sealedSecret()
                : cipher.encrypt(tenant.slug(), before.id(), Map.of(SECRET, text(SECRET, draft.clientSecret(), MAX_SECRET, true)));
        List<String> domains = draft.domains() == null ? null : domains(tenant, draft.domains());
        boolean newSource = draft.discoveryUrl() != null || draft.metadataUrl() != null || draft.metadataXml() != null;
        String source = newSource ? source(draft, before.protocol()) : before.sourceUrl();
        String xml = newSource ? (source == null ? draft.metadataXml() : null) : before.metadataXml();
        ProviderCheck check = newSource || (enabled && !before.enabled()) ? ProviderChecks.check(before.protocol(), source, xml, allowPrivate)
                : before.check();
        Instant now = Instant.now();
        ConnectedProvider after = new ConnectedProvider(before.id(), alias,
                draft.displayName() == null ? before.displayName() : text("displayName", draft.displayName(), MAX_NAME, true),
                before.protocol(), vendor, policy(draft.policy(), before.policy()), enabled, source, xml, clientId, sealed, mapping,
                check, check == before.check() ? before.checkedAt() : now, check == before.check() ? before.checkError() : null,
                before.createdBy(), before.createdAt(), now);
        push(tenant, after);
        store.update(tenant.id(), after);
        if (domains != null) {
            discovery.route(tenant, alias, domains, by);
        }
        audit.record(tenant.slug(), by, "sign-in-provider.changed", alias + (enabled != before.enabled()
                ? (enabled ? " (enabled)" : " (disabled)") : ""));
        return after;
    }

    /** Refused while sign-in through company providers is enforced, so nobody is locked out by accident. */
    public void disconnect(Tenant tenant, String alias, String by) {
        get(tenant, alias);
        if (enforcedOn(tenant)) {
            throw Refusal.conflict("Sign-in through a company provider is enforced; turn enforcement off before removing a provider.");
        }
        brokering.deleteProvider(tenant.identityHome(), alias);
        store.delete(tenant.id(), alias);
        discovery.route(tenant, alias, List.of(), by);
        audit.record(tenant.slug(), by, "sign-in-provider.removed", alias);
    }

    /** An IT admin's test of a connected provider: fetched and checked again, the broker brought up to date. */
    public ConnectedProvider retest(Tenant tenant, String alias, String by) {
        ConnectedProvider after = recheck(tenant, get(tenant, alias));
        audit.record(tenant.slug(), by, "sign-in-provider.tested", alias);
        return after;
    }

    /** The scheduled refresh: audited only when the provider's keys or endpoints changed. */
    void refresh(Tenant tenant, String alias) {
        ConnectedProvider before = get(tenant, alias);
        ConnectedProvider after = recheck(tenant, before);
        if (!after.check().endpoints().equals(before.check().endpoints())) {
            audit.record(tenant.slug(), "metadata refresh", "sign-in-provider.refreshed", alias + " (new keys or endpoints)");
        }
    }

    private ConnectedProvider recheck(Tenant tenant, ConnectedProvider before) {
        ProviderCheck check = ProviderChecks.check(before.protocol(), before.sourceUrl(), before.metadataXml(), allowPrivate);
        ConnectedProvider after = before.withCheck(check, Instant.now());
        if (!check.endpoints().equals(before.check().endpoints())) {
            push(tenant, after);
        }
        store.update(tenant.id(), after);
        return after;
    }

    /** The SAML service provider metadata for the customer's side; empty for an OpenID Connect provider. */
    public Optional<String> serviceProviderMetadata(Tenant tenant, String alias) {
        ConnectedProvider provider = get(tenant, alias);
        if (provider.protocol() != Protocol.SAML) {
            return Optional.empty();
        }
        return brokering.serviceProviderMetadata(tenant.identityHome(), alias);
    }

    /** Where the customer's provider sends people back, and the SAML entity id it knows the organization by. */
    public IdentityBrokering.BrokerAddresses addresses(Tenant tenant, String alias) {
        return brokering.addresses(tenant.identityHome(), alias);
    }

    void push(Tenant tenant, ConnectedProvider provider) {
        Map<String, String> endpoints = new HashMap<>(provider.check().endpoints());
        if (provider.protocol() == Protocol.OIDC) {
            endpoints.put("clientId", provider.clientId());
            endpoints.put(SECRET, cipher.decrypt(tenant.slug(), provider.id(), provider.sealedSecret()).get(SECRET));
        }
        BrokeredProvider brokered = new BrokeredProvider(provider.alias(), provider.displayName(), provider.protocol(),
                provider.enabled(), provider.policy() == SignInPolicy.JUST_IN_TIME, Map.copyOf(endpoints),
                provider.mapping().attributeMappings());
        try {
            if (!brokering.saveProvider(tenant.identityHome(), brokered)) {
                throw Refusal.unavailable("Your organization's sign-in service is not set up yet; try again in a minute.");
            }
        } catch (IdentityBrokering.ProviderRefused refused) {
            throw Refusal.unprocessable("The sign-in service refused these settings: " + refused.getMessage());
        }
    }

    boolean enforcedOn(Tenant tenant) {
        return enforcement.find(tenant.id()).map(org.hugmenow.console.federation.domain.Enforcement::enforced).orElse(false);
    }

    long enabledOthers(Tenant tenant, String alias) {
        return store.list(tenant.id()).stream().filter(p -> p.enabled() && !p.alias().equals(alias)).count();
    }

    private List<String> domains(Tenant tenant, List<String> typed) {
        if (typed.size() > MAX_DOMAINS) {
            throw Refusal.invalid("domains", "at most " + MAX_DOMAINS + " domains");
        }
        LinkedHashSet<String> domains = new LinkedHashSet<>();
        for (String domain : typed) {
            if (domain == null) {
                throw Refusal.invalid("domains", "must be domain names such as example.com");
            }
            String value = EmailDomain.parse(domain).filter(d -> !domain.contains("@")).map(EmailDomain::value)
                    .orElseThrow(() -> Refusal.invalid("domains", "must be domain names such as example.com"));
            if (!discovery.availableTo(tenant, value)) {
                throw Refusal.conflict("Another organization signs in with " + value + ": a domain leads to one organization only.");
            }
            domains.add(value);
        }
        return List.copyOf(domains);
    }

    private static String source(ProviderDraft draft, Protocol protocol) {
        if (protocol == Protocol.OIDC) {
            if (draft.metadataUrl() != null || draft.metadataXml() != null) {
                throw Refusal.invalid("metadataUrl", "is for SAML; OpenID Connect takes a discoveryUrl");
            }
            return blankToNull(draft.discoveryUrl());
        }
        if (draft.discoveryUrl() != null) {
            throw Refusal.invalid("discoveryUrl", "is for OpenID Connect; SAML takes a metadataUrl or metadataXml");
        }
        return blankToNull(draft.metadataUrl());
    }

    private static Protocol protocol(String wire) {
        if ("oidc".equals(wire)) {
            return Protocol.OIDC;
        }
        if ("saml".equals(wire)) {
            return Protocol.SAML;
        }
        throw Refusal.invalid("protocol", "must be oidc or saml");
    }

    private static SignInPolicy policy(String wire, SignInPolicy otherwise) {
        return wire == null ? otherwise : SignInPolicy.parse(wire)
                .orElseThrow(() -> Refusal.invalid("policy", "must be directory or just-in-time"));
    }

    private static ClaimMapping mapping(ClaimMapping base, ClaimMapping override) {
        ClaimMapping mapping = base.overriddenBy(override);
        mapping.problem().ifPresent(problem -> {
            throw Refusal.invalid("mapping", problem);
        });
        return mapping;
    }

    private static String text(String field, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw Refusal.invalid(field, "is required");
            }
            return null;
        }
        if (value.length() > max || value.chars().anyMatch(Character::isISOControl)) {
            throw Refusal.invalid(field, "must be at most " + max + " printable characters");
        }
        return value.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static Refusal notFound(String alias) {
        return Refusal.notFound("Your organization has no sign-in provider " + alias + ".");
    }
}
