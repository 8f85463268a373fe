package org.hugmenow.console.signin.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hugmenow.console.shared.ConsoleConfig;
import org.hugmenow.console.shared.SecretBox;
import org.hugmenow.console.signin.domain.ConsoleSession;
import org.hugmenow.console.signin.domain.RandomValues;
import org.hugmenow.console.signin.domain.SessionCheck;
import org.hugmenow.console.signin.domain.SessionCheck.Outcome;
import org.hugmenow.console.signin.domain.SessionTokens;
import org.hugmenow.console.signin.persistence.ConsoleSessionStore;
import org.hugmenow.console.signin.persistence.SessionRow;
import org.hugmenow.platform.security.AccessTokens;
import org.hugmenow.platform.security.Caller;
import org.hugmenow.platform.tenancy.Tenant;
import org.hugmenow.platform.tenancy.TenantRepository;
import org.hugmenow.tenant.directory.domain.Directory;

/**
 * Server-side console sessions (ADR 0015). Every request re-checks its session against shared
 * state, so what happened on any instance counts at once: sign-out, the tenant's suspension, the
 * person's deactivation. An access token about to expire is refreshed; a refused refresh (the
 * identity provider's session ended or was revoked) ends the console session too.
 */
@ApplicationScoped
public class ConsoleSessions {

    private static final long REFRESH_MARGIN_SECONDS = 30;

    @Inject ConsoleConfig config;
    @Inject ConsoleSessionStore store;
    @Inject SecretBox box;
    @Inject OidcProvider provider;
    @Inject AccessTokens accessTokens;
    @Inject TenantRepository tenants;
    @Inject Directory directory;

    SignInService.SignedIn open(String issuer, Caller caller, SessionTokens tokens, Instant accessExpiry, Instant refreshExpiry) {
        String id = RandomValues.fresh();
        byte[] hash = RandomValues.sha256(id);
        Instant now = Instant.now();
        Optional<UUID> tenantId = caller.tenant().map(Tenant::id);
        ConsoleSession session = new ConsoleSession(hash, tenantId, issuer, caller.userId(), caller.username(), caller.roles(),
                tokens, accessExpiry, refreshExpiry, now, now);
        store.insert(new SessionRow(hash, tenantId.orElse(null), issuer, caller.userId(), caller.username(), caller.roles(),
                seal(tokens, hash), accessExpiry, refreshExpiry, now, now));
        return new SignInService.SignedIn(id, session);
    }

    /** The session a cookie names, checked and refreshed as needed; an ended session is removed. */
    public SessionCheck check(String sessionId) {
        if (sessionId == null || sessionId.length() != 43 || !box.ready()) {
            return SessionCheck.none(Outcome.NONE);
        }
        byte[] hash = RandomValues.sha256(sessionId);
        Optional<SessionRow> row = store.find(hash);
        if (row.isEmpty()) {
            return SessionCheck.none(Outcome.NONE);
        }
        Outcome problem = problemWith(row.get());
        if (problem != Outcome.VALID) {
            store.delete(hash);
            return SessionCheck.none(problem);
        }
        Optional<SessionTokens> tokens = unseal(row.get().sealedTokens(), hash);
        if (tokens.isEmpty()) {
            store.delete(hash);
            return SessionCheck.none(Outcome.ENDED);
        }
        ConsoleSession session = session(row.get(), tokens.get());
        if (session.accessExpiresAt().isBefore(Instant.now().plusSeconds(REFRESH_MARGIN_SECONDS))) {
            Optional<ConsoleSession> refreshed = refresh(session);
            if (refreshed.isEmpty()) {
                store.delete(hash);
                return SessionCheck.none(Outcome.ENDED);
            }
            session = refreshed.get();
        }
        store.touch(hash, Instant.now());
        return SessionCheck.valid(session);
    }

    /** Signs out: the server forgets the session, and the identity provider's session ends too. */
    public void end(String sessionId) {
        if (sessionId == null || sessionId.length() != 43) {
            return;
        }
        byte[] hash = RandomValues.sha256(sessionId);
        Optional<SessionRow> row = store.find(hash);
        store.delete(hash);
        row.flatMap(r -> unseal(r.sealedTokens(), hash)).map(SessionTokens::refreshToken)
                .ifPresent(refresh -> provider.logout(row.get().issuer(), config.clientId(), refresh));
    }

    private Outcome problemWith(SessionRow row) {
        if (row.lastSeenAt().isBefore(Instant.now().minus(config.idleTimeout()))
                || (row.refreshExpiresAt() != null && row.refreshExpiresAt().isBefore(Instant.now()))) {
            return Outcome.ENDED;
        }
        if (row.tenantId() == null) {
            return Outcome.VALID;
        }
        Optional<Tenant> tenant = tenants.findById(row.tenantId());
        if (tenant.isEmpty() || !tenant.get().serves()) {
            return Outcome.TENANT_UNAVAILABLE;
        }
        boolean deactivated = directory.person(tenant.get().slug(), row.subject()).map(p -> !p.active()).orElse(false);
        return deactivated ? Outcome.PERSON_DEACTIVATED : Outcome.VALID;
    }

    private Optional<ConsoleSession> refresh(ConsoleSession session) {
        if (session.tokens().refreshToken() == null) {
            return Optional.empty();
        }
        Optional<OidcProvider.TokenAnswer> answer = provider.refresh(session.issuer(), config.clientId(), session.tokens().refreshToken());
        if (answer.isEmpty()) {
            return Optional.empty();
        }
        Optional<Caller> caller = accessTokens.verify(answer.get().accessToken())
                .filter(c -> c.userId().equals(session.subject()));
        if (caller.isEmpty()) {
            return Optional.empty();
        }
        SessionTokens tokens = SignInService.tokens(answer.get(), session.tokens());
        Instant refreshExpiry = answer.get().refreshExpiresIn() > 0 ? SignInService.refreshExpiry(answer.get()) : session.refreshExpiresAt();
        ConsoleSession refreshed = session.refreshed(caller.get().roles(), tokens, SignInService.expiry(answer.get().expiresIn()),
                refreshExpiry);
        if (!store.replaceTokens(session.idHash(), refreshed.roles(), seal(tokens, session.idHash()), refreshed.accessExpiresAt(),
                refreshed.refreshExpiresAt())) {
            return Optional.empty();
        }
        return Optional.of(refreshed);
    }

    private static ConsoleSession session(SessionRow row, SessionTokens tokens) {
        return new ConsoleSession(row.idHash(), Optional.ofNullable(row.tenantId()), row.issuer(), row.subject(), row.username(),
                Set.copyOf(row.roles()), tokens, row.accessExpiresAt(), row.refreshExpiresAt(), row.createdAt(), row.lastSeenAt());
    }

    private byte[] seal(SessionTokens tokens, byte[] hash) {
        JsonObject json = Json.createObjectBuilder().add("access", tokens.accessToken())
                .add("refresh", tokens.refreshToken() == null ? "" : tokens.refreshToken())
                .add("id", tokens.idToken() == null ? "" : tokens.idToken()).build();
        return box.seal(json.toString(), context(hash));
    }

    private Optional<SessionTokens> unseal(byte[] sealed, byte[] hash) {
        return box.open(sealed, context(hash)).map(text -> {
            JsonObject json = Json.createReader(new StringReader(text)).readObject();
            return new SessionTokens(json.getString("access"), blankToNull(json.getString("refresh")), blankToNull(json.getString("id")));
        });
    }

    private static String context(byte[] hash) {
        return "console-session:" + Base64.getEncoder().encodeToString(hash);
    }

    private static String blankToNull(String value) {
        return value.isEmpty() ? null : value;
    }
}
