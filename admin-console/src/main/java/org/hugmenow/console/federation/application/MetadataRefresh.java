package org.hugmenow.console.federation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hugmenow.console.federation.persistence.SignInProviderStore;
import org.hugmenow.platform.bootstrap.BackgroundWork;
import org.hugmenow.platform.logging.ContextLogger;
import org.hugmenow.platform.tenancy.TenantRepository;

/**
 * Fetches every provider's discovery document or metadata again on a schedule, so a customer's key
 * rotation needs nothing from us: new signing certificates reach the broker, and one ending within
 * 30 days is warned about. Each due provider is claimed in the database, so one instance refreshes it.
 * A failed fetch keeps the working configuration and is shown to the IT admin.
 */
@ApplicationScoped
public class MetadataRefresh {

    private static final ContextLogger LOG = ContextLogger.of(MetadataRefresh.class);
    private static final int BATCH = 50;

    @Inject BackgroundWork background;
    @Inject SignInProviderStore store;
    @Inject SignInProviders providers;
    @Inject TenantRepository tenants;

    @Inject
    @ConfigProperty(name = "hugmenow.sign-in.metadata-refresh-seconds", defaultValue = "21600")
    long refreshSeconds;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        // Look for due providers a few times per period (between every 5 s and every 5 min).
        long tickSeconds = Math.max(5, Math.min(refreshSeconds / 6, 300));
        background.every(Duration.ofSeconds(tickSeconds), this::refreshDue);
    }

    /** Refreshes the providers last checked longer ago than the configured period; returns how many it refreshed. */
    public int refreshDue() {
        int refreshed = 0;
        for (SignInProviderStore.Due due : store.claimDue(Instant.now().minus(Duration.ofSeconds(refreshSeconds)),
                Duration.ofMinutes(5), BATCH)) {
            try {
                tenants.findById(due.tenantId()).filter(t -> t.serves())
                        .ifPresent(t -> providers.refresh(t, due.alias()));
                refreshed++;
            } catch (RuntimeException e) {
                // One provider's failure (its metadata, or Keycloak) must not hold up the others.
                LOG.info("the metadata of sign-in provider " + due.alias() + " could not be refreshed: " + e.getMessage());
                store.recordRefreshFailure(due.tenantId(), due.alias(), e.getMessage(), Instant.now());
            }
        }
        return refreshed;
    }
}
