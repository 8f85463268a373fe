package org.hugmenow.wellness.notification.api;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import org.hugmenow.platform.bootstrap.BackgroundWork;
import org.hugmenow.platform.logging.ContextLogger;
import org.hugmenow.tenant.directory.domain.Directory;
import org.hugmenow.tenant.directory.domain.Person;
import org.hugmenow.platform.tenancy.Tenant;
import org.hugmenow.platform.tenancy.TenantRepository;

/**
 * The event streams open on this instance, and what ends them besides the client leaving:
 * every second, streams whose token has expired (plus skew); every few seconds, streams of a
 * tenant that no longer serves (suspended, offboarding) and of people the directory no longer
 * holds as active (a backstop for a lost deactivation signal). A heartbeat comment every 20 s
 * keeps proxies from closing idle streams and finds clients that left.
 */
@ApplicationScoped
public class OpenStreams {

    private static final ContextLogger LOG = ContextLogger.of(OpenStreams.class);
    /** Same as the issuer cache: a suspension reaches every request and every stream within about 5 s. */
    private static final int STATUS_EVERY_SWEEPS = 5;

    @Inject BackgroundWork background;
    @Inject TenantRepository tenants;
    @Inject Directory directory;

    private final Set<NotificationStream> open = ConcurrentHashMap.newKeySet();
    private ScheduledFuture<?> sweeps;
    private ScheduledFuture<?> heartbeats;
    private int sweepCount;

    @PostConstruct
    void start() {
        sweeps = background.every(Duration.ofSeconds(1), this::sweep);
        heartbeats = background.every(Duration.ofSeconds(20), () -> open.forEach(s -> s.comment("keep-alive")));
    }

    void add(NotificationStream stream) {
        open.add(stream);
    }

    void remove(NotificationStream stream) {
        open.remove(stream);
    }

    void sweep() {
        Instant now = Instant.now();
        boolean checkStatus = ++sweepCount % STATUS_EVERY_SWEEPS == 0;
        Map<UUID, Boolean> serving = new HashMap<>();
        for (NotificationStream stream : Set.copyOf(open)) {
            if (stream.expired(now)) {
                stream.end("token-expired");
            } else if (checkStatus) {
                checkStatus(stream, serving);
            }
        }
    }

    /** While the database is away nothing is ended: requests fail then anyway, and streams resume checks after. */
    private void checkStatus(NotificationStream stream, Map<UUID, Boolean> serving) {
        try {
            boolean tenantServes = serving.computeIfAbsent(stream.tenant.id(),
                    id -> tenants.findById(id).map(Tenant::serves).orElse(false));
            if (!tenantServes) {
                stream.end("tenant-unavailable");
            } else if (!directory.person(stream.tenant.slug(), stream.personId).map(Person::active).orElse(false)) {
                // A read only: registering here would bring back a person the directory removed.
                stream.end("account-deactivated");
            }
        } catch (RuntimeException e) {
            LOG.warn("could not check an open stream's tenant and person; checking again shortly", e);
        }
    }

    @PreDestroy
    void stop() {
        if (sweeps != null) {
            sweeps.cancel(false);
            heartbeats.cancel(false);
        }
    }
}
