package org.hugmenow.platform.security.internal;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.ConfigurableJWTProcessor;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.net.MalformedURLException;
import java.net.URI;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One JWT processor per known issuer, each with its own cached JWKS. A token with an unknown
 * {@code kid} triggers a rate-limited refetch, so key rotation needs no restart.
 */
final class IssuerKeys {

    private static final long JWKS_TTL_MS = Duration.ofMinutes(15).toMillis();
    private static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.PS256, JWSAlgorithm.ES256);

    private final Map<String, ConfigurableJWTProcessor<SecurityContext>> processors = new ConcurrentHashMap<>();
    private final String audience;
    private final int clockSkewSeconds;
    private final long refreshMinMillis;

    IssuerKeys(String audience, int clockSkewSeconds, Duration refreshMin) {
        this.audience = audience;
        this.clockSkewSeconds = clockSkewSeconds;
        this.refreshMinMillis = refreshMin.toMillis();
    }

    ConfigurableJWTProcessor<SecurityContext> processorFor(String issuer, String jwksUrl) {
        return processors.computeIfAbsent(issuer, i -> newProcessor(i, jwksUrl));
    }

    private ConfigurableJWTProcessor<SecurityContext> newProcessor(String issuer, String jwksUrl) {
        JWKSource<SecurityContext> keys;
        try {
            keys = JWKSourceBuilder.create(URI.create(jwksUrl).toURL(), new DefaultResourceRetriever(2000, 3000, 512 * 1024))
                    .cache(JWKS_TTL_MS, 5000)
                    .rateLimited(refreshMinMillis)
                    .refreshAheadCache(false)
                    .build();
        } catch (MalformedURLException e) {
            throw new IllegalStateException("bad JWKS URL for issuer " + issuer, e);
        }
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(ALGORITHMS, keys));
        DefaultJWTClaimsVerifier<SecurityContext> claims = new DefaultJWTClaimsVerifier<>(
                // Nimbus probes these sets for null, which immutable sets refuse: use HashSets.
                new HashSet<>(Set.of(audience)), new JWTClaimsSet.Builder().issuer(issuer).build(),
                new HashSet<>(Set.of("sub", "exp", "iat")), new HashSet<>());
        claims.setMaxClockSkew(clockSkewSeconds);
        processor.setJWTClaimsSetVerifier(claims);
        return processor;
    }
}
