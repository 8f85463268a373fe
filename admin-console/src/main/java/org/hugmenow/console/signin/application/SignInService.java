package org.hugmenow.console.signin.application;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.hugmenow.console.shared.ConsoleConfig;
import org.hugmenow.console.signin.domain.ConsoleSession;
import org.hugmenow.console.signin.domain.RandomValues;
import org.hugmenow.console.signin.domain.SessionTokens;
import org.hugmenow.console.signin.domain.SignInAttempt;
import org.hugmenow.platform.config.TenantCoreConfig;
import org.hugmenow.platform.security.AccessTokens;
import org.hugmenow.platform.security.Caller;
import org.hugmenow.platform.tenancy.IdentityHome;
import org.hugmenow.platform.tenancy.Tenant;
import org.hugmenow.platform.tenancy.TenantRepository;
import org.hugmenow.platform.tenancy.TenantSlug;

/**
 * The authorization code flow with PKCE, state and nonce against the person's identity home: the
 * issuer the tenant registry names for their tenant, or the platform realm for operators.
 */
@ApplicationScoped
public class SignInService {

    private static final long ATTEMPT_SECONDS = 600;

    @Inject ConsoleConfig config;
    @Inject TenantCoreConfig coreConfig;
    @Inject TenantRepository tenants;
    @Inject OidcProvider provider;
    @Inject AccessTokens accessTokens;
    @Inject ConsoleSessions sessions;

    /** A started sign-in: the attempt to remember (sealed, in the browser) and where to send the browser. */
    public record Started(SignInAttempt attempt, String authorizationUrl) {
    }

    /** A finished sign-in: the new session and the id the browser's cookie carries. */
    public record SignedIn(String sessionId, ConsoleSession session) {
    }

    /** The issuer of a tenant that serves; empty for an unknown slug or a tenant that is not active. */
    public Optional<SignInTarget> tenantTarget(String slug) {
        if (TenantSlug.problemWith(slug).isPresent()) {
            return Optional.empty();
        }
        return tenants.findBySlug(new TenantSlug(slug)).filter(Tenant::serves)
                .map(t -> new SignInTarget(t.identityHome().issuer(), t.slug().value()));
    }

    public SignInTarget platformTarget() {
        return new SignInTarget(new IdentityHome(coreConfig.keycloakUrl(), coreConfig.platformRealm()).issuer(), "");
    }

    /** {@code idpHint}: the company provider the person's e-mail domain leads to, sent as Keycloak's kc_idp_hint; may be null. */
    public Started start(SignInTarget target, String redirectUri, String idpHint) {
        String verifier = RandomValues.fresh();
        SignInAttempt attempt = new SignInAttempt(RandomValues.fresh(), RandomValues.fresh(), verifier, target.issuer(),
                target.tenantSlug(), Instant.now().plusSeconds(ATTEMPT_SECONDS));
        String url = provider.metadata(target.issuer()).authorizationEndpoint()
                + "?response_type=code&scope=openid"
                + "&client_id=" + encode(config.clientId())
                + "&redirect_uri=" + encode(redirectUri)
                + "&state=" + attempt.state()
                + "&nonce=" + attempt.nonce()
                + "&code_challenge=" + RandomValues.pkceChallenge(verifier)
                + "&code_challenge_method=S256"
                + (idpHint == null ? "" : "&kc_idp_hint=" + encode(idpHint));
        return new Started(attempt, url);
    }

    /**
     * Redeems the code and opens a session. Empty when anything does not match: an expired attempt,
     * a refused code, a token from another issuer or tenant, or an ID token without this attempt's nonce.
     */
    public Optional<SignedIn> finish(SignInAttempt attempt, String code, String redirectUri) {
        if (attempt.expiresAt().isBefore(Instant.now())) {
            return Optional.empty();
        }
        Optional<OidcProvider.TokenAnswer> answer = provider.exchangeCode(attempt.issuer(), config.clientId(), code, redirectUri,
                attempt.codeVerifier());
        if (answer.isEmpty() || answer.get().idToken() == null || !idTokenMatches(answer.get().idToken(), attempt)) {
            return Optional.empty();
        }
        Optional<Caller> caller = accessTokens.verify(answer.get().accessToken()).filter(c -> belongsTo(c, attempt));
        if (caller.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(sessions.open(attempt.issuer(), caller.get(), tokens(answer.get(), null), expiry(answer.get().expiresIn()),
                refreshExpiry(answer.get())));
    }

    static SessionTokens tokens(OidcProvider.TokenAnswer answer, SessionTokens before) {
        String refresh = answer.refreshToken() != null ? answer.refreshToken() : before == null ? null : before.refreshToken();
        String id = answer.idToken() != null ? answer.idToken() : before == null ? null : before.idToken();
        return new SessionTokens(answer.accessToken(), refresh, id);
    }

    static Instant expiry(long seconds) {
        return Instant.now().plusSeconds(seconds);
    }

    static Instant refreshExpiry(OidcProvider.TokenAnswer answer) {
        return answer.refreshExpiresIn() > 0 ? expiry(answer.refreshExpiresIn()) : null;
    }

    private static boolean belongsTo(Caller caller, SignInAttempt attempt) {
        return attempt.isPlatform() ? caller.tenant().isEmpty()
                : caller.tenant().map(t -> t.slug().value().equals(attempt.tenantSlug())
                        && t.identityHome().issuer().equals(attempt.issuer())).orElse(false);
    }

    /**
     * The ID token came straight from the token endpoint over the back channel, so its origin is the
     * provider (OIDC Core 3.1.3.7, item 6); the access token's signature is checked in full. Here it
     * must name this issuer, this client and this attempt's nonce, and not be expired.
     */
    private boolean idTokenMatches(String idToken, SignInAttempt attempt) {
        try {
            JWTClaimsSet claims = JWTParser.parse(idToken).getJWTClaimsSet();
            Date expires = claims.getExpirationTime();
            return attempt.issuer().equals(claims.getIssuer())
                    && claims.getAudience().contains(config.clientId())
                    && attempt.nonce().equals(claims.getStringClaim("nonce"))
                    && expires != null && expires.toInstant().isAfter(Instant.now());
        } catch (ParseException e) {
            return false;
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
