package org.hugmenow.tenant.identity;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hugmenow.platform.tenancy.IdentityHome;

/**
 * The port to identity brokering in a tenant's identity home: the company identity providers its
 * people sign in through, who may sign in with a password, and the service provider's metadata.
 * Everything is addressed by the {@link IdentityHome} the registry names, never by a realm derived
 * from the tenant, and every operation may be repeated.
 */
public interface IdentityBrokering {

    /** Creates the provider, or replaces its settings and mappers; false if the identity home does not exist. */
    boolean saveProvider(IdentityHome home, BrokeredProvider provider);

    void deleteProvider(IdentityHome home, String alias);

    /** The SAML service provider metadata the customer's identity provider needs; empty if there is no such provider. */
    Optional<String> serviceProviderMetadata(IdentityHome home, String alias);

    /**
     * Switches password sign-in off (for everyone but the break-glass admins) or back on. Sign-in
     * through a company provider is unaffected either way.
     */
    void enforceProviders(IdentityHome home, boolean enforced);

    /** Makes exactly these usernames break-glass admins; returns the usernames that are not users of the home. */
    List<String> setBreakGlassAdmins(IdentityHome home, Set<String> usernames);

    /** Where the company's provider sends people back, and the SAML entity id it knows the tenant by. */
    BrokerAddresses addresses(IdentityHome home, String alias);

    record BrokerAddresses(String redirectUri, String serviceProviderEntityId) {
    }

    enum Protocol { OIDC, SAML }

    /**
     * A company identity provider as the broker needs it. {@code endpoints} are the provider's own
     * addresses and keys, named as in Keycloak's broker configuration (for example
     * {@code authorizationUrl}, {@code singleSignOnServiceUrl}, {@code signingCertificate}).
     * {@code justInTime}: unknown people are created as employees; otherwise the first sign-in
     * only links to a person who exists already, matched by verified e-mail or username.
     */
    record BrokeredProvider(String alias, String displayName, Protocol protocol, boolean enabled, boolean justInTime,
                            Map<String, String> endpoints, List<AttributeMapping> mappings) {
    }

    /** A claim (OIDC) or attribute (SAML) of the provider copied into a user attribute at every sign-in. */
    record AttributeMapping(String source, String userAttribute) {
    }

    /** The identity home refused the provider's settings (Keycloak answered 400 or 409); sending them again fails again. */
    class ProviderRefused extends RuntimeException {
        public ProviderRefused(String message) {
            super(message);
        }
    }
}
