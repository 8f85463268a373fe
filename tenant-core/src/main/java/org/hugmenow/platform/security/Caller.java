package org.hugmenow.platform.security;

import java.util.Optional;
import java.util.Set;
import org.hugmenow.tenant.registry.domain.Tenant;

/**
 * Who is calling, from a verified token. {@code tenant} is empty only for platform operators,
 * whose tokens come from the platform realm.
 */
public record Caller(Optional<Tenant> tenant, String userId, String username, Set<String> roles) {
}
