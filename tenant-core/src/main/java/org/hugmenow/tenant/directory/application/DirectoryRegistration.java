package org.hugmenow.tenant.directory.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hugmenow.tenant.directory.domain.Directory;
import org.hugmenow.tenant.registry.domain.Tenant;

/**
 * Registers people the first time a verified token of theirs arrives, so colleagues can find
 * them before SCIM or an HR connector has run. Remembers whom it has seen, so the steady state
 * costs one map lookup per request.
 */
@ApplicationScoped
public class DirectoryRegistration {

    private static final int REMEMBERED = 200_000;

    @Inject
    Directory directory;

    private final Map<String, Boolean> seen = new ConcurrentHashMap<>();

    public void ensureRegistered(Tenant tenant, String personId, String username) {
        // Keyed by tenant id, not slug: a slug can come back after offboarding, with an empty schema.
        String key = tenant.id() + "/" + personId;
        if (seen.containsKey(key)) {
            return;
        }
        directory.register(tenant.slug(), personId, username);
        if (seen.size() >= REMEMBERED) {
            seen.clear();
        }
        seen.put(key, Boolean.TRUE);
    }

}
