package org.hugmenow.platform.security;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.hugmenow.platform.tenancy.Tenant;

/**
 * Who is calling, from a verified token. {@code tenant} is empty only for platform operators,
 * whose tokens come from the platform realm. {@code expiresAt} is the token's {@code exp}, which
 * long-lived responses such as event streams must not outlive; null for credentials that do not
 * expire by themselves (SCIM credentials are revoked instead).
 */
public record Caller(Optional<Tenant> tenant, String userId, String username, Set<String> roles, Instant expiresAt) {

    /** A caller whose credential has no expiry of its own. */
    public Caller(Optional<Tenant> tenant, String userId, String username, Set<String> roles) {
        this(tenant, userId, username, roles, null);
    }
}
