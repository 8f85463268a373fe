package org.hugmenow.tenant.audit.domain;

import java.time.Instant;

/**
 * One security-relevant action: who did it (a username, never a token), what ({@code action},
 * such as {@code scim-credential.created}) on what ({@code subject}, a label or key, never a secret).
 */
public record AuditEvent(long id, Instant at, String actor, String action, String subject) {
}
