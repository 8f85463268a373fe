package org.hugmenow.hr.scim.persistence;

import java.time.Instant;
import java.util.UUID;

/** A SCIM credential as stored, without its secret hash. */
public record ScimCredentialRecord(UUID id, Kind kind, String label, String clientId, String createdBy, Instant createdAt,
                                   Instant lastUsedAt, Instant revokedAt) {

    /** A bearer token, or a Basic client (client id and secret). */
    public enum Kind { TOKEN, BASIC }
}
