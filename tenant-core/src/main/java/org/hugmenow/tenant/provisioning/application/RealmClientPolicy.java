package org.hugmenow.tenant.provisioning.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.hugmenow.platform.tenancy.TenantJournal;
import org.hugmenow.platform.bootstrap.BackgroundWork;
import org.hugmenow.platform.bootstrap.StartupTask;
import org.hugmenow.platform.bootstrap.UnfinishedWork;
import org.hugmenow.platform.config.TenantCoreConfig;
import org.hugmenow.platform.logging.ContextLogger;
import org.hugmenow.realm.RealmTemplate;
import org.hugmenow.tenant.identity.RealmAdministration;
import org.hugmenow.platform.tenancy.IdentityHome;
import org.hugmenow.platform.tenancy.Tenant;
import org.hugmenow.platform.tenancy.TenantRepository;
import org.hugmenow.platform.tenancy.TenantStatus;

/**
 * No client of a tenant realm offers the password grant: it would let anyone holding a password
 * sign in without the browser flow and any MFA the tenant enables. And every tenant realm has the
 * admin console's sign-in client (ADR 0015). Applied when a realm is provisioned, and at every
 * start-up to the realms of the tenants in the registry (never to a list of all realms), so realms
 * made before these rules, or changed by hand, are brought back.
 */
@ApplicationScoped
public class RealmClientPolicy implements StartupTask, UnfinishedWork {

    private static final ContextLogger LOG = ContextLogger.of(RealmClientPolicy.class);
    private static final List<TenantStatus> WITH_REALM = List.of(TenantStatus.ACTIVE, TenantStatus.SUSPENDED, TenantStatus.PROVISIONING);

    @Inject TenantCoreConfig config;
    @Inject TenantRepository tenants;
    @Inject RealmAdministration realms;
    @Inject TenantJournal journal;
    @Inject BackgroundWork background;

    /** Tenants whose realm has not been checked since start-up, for example because Keycloak was down. */
    private final Set<UUID> unchecked = ConcurrentHashMap.newKeySet();
    private volatile boolean started;

    /** Checks every registered realm in the background: start-up does not wait for Keycloak. */
    @Override
    public void start() {
        background.submit(this::applyToRegisteredTenants);
    }

    /** Retries the realms that could not be checked yet. */
    @Override
    public void resumeUnfinished() {
        applyToRegisteredTenants();
    }

    /** Applies the rules to one realm; idempotent. */
    public void apply(Tenant tenant) {
        IdentityHome home = tenant.identityHome();
        JsonObject console = RealmTemplate.client(RealmTemplate.TENANT, Map.of("REALM", home.realm(), "DISPLAY_NAME", tenant.name(),
                "APP_URL", config.appUrl()), RealmTemplate.CONSOLE_CLIENT_ID);
        if (realms.ensureClient(home.keycloakUrl(), home.realm(), console)) {
            journal.audit(tenant, "realm.console-client-added", "system", null);
        }
        List<String> changed = realms.disablePasswordGrants(home.keycloakUrl(), home.realm(), config.passwordGrantClients());
        if (!changed.isEmpty()) {
            journal.audit(tenant, "realm.password-grant-disabled", "system", "clients: " + String.join(", ", changed));
            LOG.info("password grant turned off in the realm of tenant " + tenant.slug() + " for " + changed);
        }
    }

    /**
     * Checks every registered tenant's realm, one at a time; a tenant whose Keycloak cannot be
     * reached stays pending and is tried again on the next call (the lifecycle retry tick).
     */
    public synchronized void applyToRegisteredTenants() {
        if (!started) {
            for (TenantStatus status : WITH_REALM) {
                tenants.findByStatus(status).forEach(t -> unchecked.add(t.id()));
            }
            started = true;
        }
        for (UUID id : new ArrayList<>(unchecked)) {
            try {
                tenants.findById(id).filter(t -> WITH_REALM.contains(t.status())).ifPresent(this::apply);
                unchecked.remove(id);
            } catch (RuntimeException e) {
                LOG.warn("could not check the realm clients of tenant " + id + "; trying again later", e);
            }
        }
    }
}
