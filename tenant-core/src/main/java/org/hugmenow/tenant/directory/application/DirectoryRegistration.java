package org.hugmenow.tenant.directory.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.hugmenow.platform.db.DatabaseSignals;
import org.hugmenow.tenant.directory.domain.Directory;
import org.hugmenow.platform.tenancy.Tenant;

/**
 * Registers people the first time a verified token of theirs arrives, so colleagues can find
 * them before SCIM or an HR connector has run, and refuses people the directory deactivated,
 * even while their tokens are still valid. Remembers active callers for a minute, so the steady
 * state costs one map lookup per request; a status change evicts at once on every instance.
 */
@ApplicationScoped
public class DirectoryRegistration {

    private static final int REMEMBERED = 200_000;
    private static final long REMEMBER_NANOS = 60_000_000_000L;
    static final String SIGNAL = "person_status";

    @Inject
    Directory directory;

    @Inject
    DatabaseSignals signals;

    /** Keyed by schema and person; the value holds the tenant id, since a slug can return after offboarding. */
    private final Map<String, Seen> seen = new ConcurrentHashMap<>();

    private record Seen(UUID tenantId, long until) {
    }

    @PostConstruct
    void listen() {
        signals.listen(SIGNAL, seen::remove);
    }

    /** False if the directory holds the person as deactivated: they must be refused. */
    public boolean ensureRegistered(Tenant tenant, String personId, String username) {
        String key = tenant.slug().schemaName() + "/" + personId;
        Seen known = seen.get(key);
        long now = System.nanoTime();
        if (known != null && known.tenantId().equals(tenant.id()) && now - known.until() < 0) {
            return true;
        }
        if (!directory.register(tenant.slug(), personId, username)) {
            seen.remove(key);
            return false;
        }
        if (seen.size() >= REMEMBERED) {
            seen.clear();
        }
        seen.put(key, new Seen(tenant.id(), now + REMEMBER_NANOS));
        return true;
    }
}
