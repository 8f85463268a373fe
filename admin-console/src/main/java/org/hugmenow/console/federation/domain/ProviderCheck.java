package org.hugmenow.console.federation.domain;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What testing a provider's discovery document or metadata found: its identity, where people are
 * sent to sign in, its signing certificates, and the broker settings derived from them.
 * {@code endpoints} uses Keycloak's broker configuration names.
 */
public record ProviderCheck(String issuer, String signInUrl, List<CertificateFacts> certificates, Map<String, String> endpoints) {

    /** The earliest end among the certificates still valid; empty when the provider publishes none (OIDC without x5c). */
    public Optional<Instant> firstExpiry(Instant now) {
        return certificates.stream().filter(c -> !c.expiredAt(now)).map(CertificateFacts::notAfter).min(Comparator.naturalOrder());
    }

    public boolean expiresSoon(Instant now) {
        return certificates.stream().filter(c -> !c.expiredAt(now)).anyMatch(c -> c.expiringAt(now));
    }
}
