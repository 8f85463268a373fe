package org.hugmenow.console.federation.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hugmenow.console.federation.domain.CertificateFacts;
import org.hugmenow.console.federation.domain.ClaimMapping;
import org.hugmenow.console.federation.domain.ConnectedProvider;
import org.hugmenow.console.federation.domain.ProviderCheck;
import org.hugmenow.tenant.identity.IdentityBrokering;
import org.hugmenow.tenant.identity.IdentityBrokering.Protocol;

/** A connected provider as the API shows it: never its client secret, only whether one is set. */
public record ProviderView(String alias, String displayName, String protocol, String vendor, String policy, boolean enabled,
                           String discoveryUrl, String metadataUrl, boolean metadataUploaded, String clientId, boolean clientSecretSet,
                           ClaimMapping mapping, List<String> domains, CheckView check, Instant checkedAt, String checkError,
                           String redirectUri, String serviceProviderEntityId, String createdBy, Instant createdAt, Instant updatedAt) {

    /** A certificate with its expiry as of now. */
    public record CertificateView(String subject, Instant notBefore, Instant notAfter, long daysLeft, boolean expired,
                                  boolean expiresSoon) {
    }

    /** What a test found; {@code warnings} are codes: certificate-expiring, certificate-expired, refresh-failed. */
    public record CheckView(String issuer, String signInUrl, List<CertificateView> certificates, List<String> warnings) {

        static CheckView of(ProviderCheck check, String refreshError) {
            Instant now = Instant.now();
            List<CertificateView> certificates = check.certificates().stream().map(c -> certificate(c, now)).toList();
            List<String> warnings = new ArrayList<>();
            if (check.expiresSoon(now)) {
                warnings.add("certificate-expiring");
            }
            if (check.certificates().stream().anyMatch(c -> c.expiredAt(now))) {
                warnings.add("certificate-expired");
            }
            if (refreshError != null) {
                warnings.add("refresh-failed");
            }
            return new CheckView(check.issuer(), check.signInUrl(), certificates, warnings);
        }
    }

    static CertificateView certificate(CertificateFacts c, Instant now) {
        return new CertificateView(c.subject(), c.notBefore(), c.notAfter(), c.daysLeftAt(now), c.expiredAt(now), c.expiringAt(now));
    }

    static ProviderView of(ConnectedProvider p, List<String> domains, IdentityBrokering.BrokerAddresses addresses) {
        boolean oidc = p.protocol() == Protocol.OIDC;
        return new ProviderView(p.alias(), p.displayName(), p.protocol().name().toLowerCase(Locale.ROOT), p.vendor().wire(),
                p.policy().wire(), p.enabled(), oidc ? p.sourceUrl() : null, oidc ? null : p.sourceUrl(), p.metadataXml() != null,
                p.clientId(), p.sealedSecret() != null, p.mapping(), domains, CheckView.of(p.check(), p.checkError()), p.checkedAt(),
                p.checkError(), addresses.redirectUri(), oidc ? null : addresses.serviceProviderEntityId(),
                p.createdBy(), p.createdAt(), p.updatedAt());
    }
}
