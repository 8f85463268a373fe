package org.hugmenow.console.signin.persistence;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** A console session as stored: the tokens still sealed. {@code tenantId} is null for platform operators. */
public record SessionRow(byte[] idHash, UUID tenantId, String issuer, String subject, String username, Set<String> roles,
                         byte[] sealedTokens, Instant accessExpiresAt, Instant refreshExpiresAt, Instant createdAt,
                         Instant lastSeenAt) {
}
