package org.hugmenow.platform.security.internal;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.RemoteKeySourceException;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.ParseException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hugmenow.platform.config.TenantCoreConfig;
import org.hugmenow.platform.security.Caller;
import org.hugmenow.platform.security.Roles;
import org.hugmenow.platform.tenancy.IdentityHome;
import org.hugmenow.platform.tenancy.Tenant;
import org.hugmenow.platform.tenancy.TenantStatus;

/**
 * Turns a bearer token into a {@link Caller}. The tenant is the one whose registered issuer
 * signed the token; the issuer claim is only trusted once the signature checks out against
 * that issuer's keys.
 */
@ApplicationScoped
public class TokenVerifier {

    @Inject
    TenantCoreConfig config;

    @Inject
    IssuerDirectory issuers;

    private IssuerKeys keys;
    private IdentityHome platformHome;

    @PostConstruct
    void init() {
        keys = new IssuerKeys(config.audience(), config.clockSkewSeconds(), config.jwksRefreshMin());
        platformHome = new IdentityHome(config.keycloakUrl(), config.platformRealm());
    }

    public Caller verify(String token) {
        String issuer = unverifiedIssuer(token);
        if (issuer.equals(platformHome.issuer())) {
            JWTClaimsSet claims = verifySignature(token, issuer, platformHome.jwksUrl());
            return caller(Optional.empty(), claims, Roles.PLATFORM_ROLES);
        }
        Tenant tenant = issuers.tenantFor(issuer)
                .filter(t -> t.status() != TenantStatus.DELETED)
                .orElseThrow(() -> new AuthenticationFailure(401, "The token's issuer is not a known tenant."));
        JWTClaimsSet claims = verifySignature(token, issuer, tenant.identityHome().jwksUrl());
        if (!tenant.serves()) {
            throw new AuthenticationFailure(403, "Tenant '" + tenant.slug() + "' is " + tenant.status().wireName()
                    + " and cannot be used at the moment.");
        }
        return caller(Optional.of(tenant), claims, Roles.TENANT_ROLES);
    }

    private static String unverifiedIssuer(String token) {
        try {
            String issuer = SignedJWT.parse(token).getJWTClaimsSet().getIssuer();
            if (issuer == null) {
                throw new AuthenticationFailure(401, "The token has no issuer.");
            }
            return issuer;
        } catch (ParseException e) {
            throw new AuthenticationFailure(401, "The bearer token is not a signed JWT.");
        }
    }

    private JWTClaimsSet verifySignature(String token, String issuer, String jwksUrl) {
        try {
            JWTClaimsSet claims = keys.processorFor(issuer, jwksUrl).process(token, null);
            Object type = claims.getClaim("typ");
            if (type != null && !"Bearer".equals(type)) {
                throw new AuthenticationFailure(401, "Only access tokens are accepted.");
            }
            return claims;
        } catch (RemoteKeySourceException e) {
            throw new AuthenticationFailure(503, "The identity provider's keys cannot be fetched; try again shortly.");
        } catch (BadJOSEException | JOSEException | ParseException e) {
            throw new AuthenticationFailure(401, "The token's signature, expiry or audience is not valid.");
        }
    }

    private static Caller caller(Optional<Tenant> tenant, JWTClaimsSet claims, Set<String> grantable) {
        Set<String> roles = new HashSet<>(rolesIn(claims));
        roles.retainAll(grantable);
        Object username = claims.getClaim("preferred_username");
        java.util.Date expiry = claims.getExpirationTime();
        return new Caller(tenant, claims.getSubject(), username == null ? claims.getSubject() : username.toString(), Set.copyOf(roles),
                expiry == null ? null : expiry.toInstant());
    }

    @SuppressWarnings("unchecked")
    private static Collection<String> rolesIn(JWTClaimsSet claims) {
        Object groups = claims.getClaim("groups");
        if (groups instanceof List<?> list) {
            return (Collection<String>) list;
        }
        Object realmAccess = claims.getClaim("realm_access");
        if (realmAccess instanceof Map<?, ?> map && map.get("roles") instanceof List<?> list) {
            return (Collection<String>) list;
        }
        return List.of();
    }
}
