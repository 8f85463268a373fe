package org.hugmenow.console.signin.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A signed-in person's console session as the server keeps it. {@code tenantId} is empty for
 * platform operators. {@code tokens} never leave the server; the browser holds only the session id.
 */
public record ConsoleSession(byte[] idHash, Optional<UUID> tenantId, String issuer, String subject, String username,
                             Set<String> roles, SessionTokens tokens, Instant accessExpiresAt, Instant refreshExpiresAt,
                             Instant createdAt, Instant lastSeenAt) {

    public boolean hasAnyRole(Set<String> wanted) {
        return wanted.stream().anyMatch(roles::contains);
    }

    public ConsoleSession refreshed(Set<String> newRoles, SessionTokens newTokens, Instant accessExpiry, Instant refreshExpiry) {
        return new ConsoleSession(idHash, tenantId, issuer, subject, username, Set.copyOf(newRoles), newTokens, accessExpiry,
                refreshExpiry, createdAt, lastSeenAt);
    }
}
