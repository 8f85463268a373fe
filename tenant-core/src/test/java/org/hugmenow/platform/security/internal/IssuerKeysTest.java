package org.hugmenow.platform.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Signature, audience, expiry and key rotation against a local JWKS endpoint (a hand-written fake IdP). */
class IssuerKeysTest {

    private static final String AUDIENCE = "hugmenow-api";
    private HttpServer jwks;
    private final AtomicReference<JWKSet> published = new AtomicReference<>();
    private final AtomicInteger fetches = new AtomicInteger();
    private String issuer;
    private RSAKey key;

    @BeforeEach
    void start() throws Exception {
        key = new RSAKeyGenerator(2048).keyID("k1").generate();
        published.set(new JWKSet(key.toPublicJWK()));
        jwks = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        jwks.createContext("/certs", exchange -> {
            fetches.incrementAndGet();
            byte[] body = published.get().toString().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        jwks.start();
        issuer = "http://127.0.0.1:" + jwks.getAddress().getPort() + "/realms/t";
    }

    @AfterEach
    void stop() {
        jwks.stop(0);
    }

    private IssuerKeys keys(Duration refreshMin) {
        return new IssuerKeys(AUDIENCE, 0, refreshMin);
    }

    private String jwksUrl() {
        return "http://127.0.0.1:" + jwks.getAddress().getPort() + "/certs";
    }

    private String token(RSAKey signer, String audience, Date expiry) throws Exception {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(issuer).subject("u1").audience(audience)
                .issueTime(new Date()).expirationTime(expiry).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signer.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(signer));
        return jwt.serialize();
    }

    private Date inAMinute() {
        return new Date(System.currentTimeMillis() + 60_000);
    }

    @Test
    void acceptsAGoodTokenAndCachesTheKeys() throws Exception {
        IssuerKeys keys = keys(Duration.ofSeconds(1));
        for (int i = 0; i < 5; i++) {
            assertEquals("u1", keys.processorFor(issuer, jwksUrl()).process(token(key, AUDIENCE, inAMinute()), null).getSubject());
        }
        assertEquals(1, fetches.get());
    }

    @Test
    void refusesWrongAudienceExpiryAndForeignKeys() throws Exception {
        IssuerKeys keys = keys(Duration.ofSeconds(1));
        var processor = keys.processorFor(issuer, jwksUrl());
        assertThrows(BadJOSEException.class, () -> processor.process(token(key, "account", inAMinute()), null));
        assertThrows(BadJOSEException.class, () -> processor.process(token(key, AUDIENCE, new Date(System.currentTimeMillis() - 1000)), null));
        RSAKey forger = new RSAKeyGenerator(2048).keyID("k1").generate();
        assertThrows(BadJOSEException.class, () -> processor.process(token(forger, AUDIENCE, inAMinute()), null));
    }

    @Test
    void anUnknownKidTriggersARefetchSoRotationNeedsNoRestart() throws Exception {
        IssuerKeys keys = keys(Duration.ofMillis(200));
        var processor = keys.processorFor(issuer, jwksUrl());
        processor.process(token(key, AUDIENCE, inAMinute()), null);
        RSAKey rotated = new RSAKeyGenerator(2048).keyID("k2").generate();
        published.set(new JWKSet(java.util.List.of(rotated.toPublicJWK(), key.toPublicJWK())));
        Thread.sleep(300);
        assertEquals("u1", processor.process(token(rotated, AUDIENCE, inAMinute()), null).getSubject());
        assertEquals(2, fetches.get());
    }

    @Test
    void unknownKidRefetchesAreRateLimited() throws Exception {
        IssuerKeys keys = keys(Duration.ofMinutes(5));
        var processor = keys.processorFor(issuer, jwksUrl());
        processor.process(token(key, AUDIENCE, inAMinute()), null);
        for (int i = 0; i < 20; i++) {
            RSAKey random = new RSAKeyGenerator(2048).keyID("attacker-" + i).generate();
            assertThrows(Exception.class, () -> processor.process(token(random, AUDIENCE, inAMinute()), null));
        }
        assertEquals(true, fetches.get() <= 3, "fetches: " + fetches.get());
    }
}
