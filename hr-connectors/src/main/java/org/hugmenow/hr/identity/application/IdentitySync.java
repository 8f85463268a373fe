package org.hugmenow.hr.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hugmenow.hr.identity.persistence.IdentityPeopleStore;
import org.hugmenow.hr.identity.persistence.PendingIdentity;
import org.hugmenow.platform.logging.ContextLogger;
import org.hugmenow.platform.outbox.OutboxConsumer;
import org.hugmenow.platform.outbox.OutboxEvent;
import org.hugmenow.platform.tenancy.IdentityHome;
import org.hugmenow.platform.tenancy.Tenant;
import org.hugmenow.platform.tenancy.TenantRepository;
import org.hugmenow.platform.tenancy.TenantSlug;
import org.hugmenow.tenant.directory.application.PersonWrites;
import org.hugmenow.tenant.directory.domain.SyncedIdentity;
import org.hugmenow.tenant.identity.IdentityProviderUnavailable;
import org.hugmenow.tenant.identity.RealmAdministration;
import org.hugmenow.tenant.identity.RealmAdministration.ImportedUser;
import org.hugmenow.tenant.identity.RealmAdministration.UserRefused;

/**
 * Brings the tenant's realm in line with the directory. Writers mark people {@code idp_pending}
 * and publish {@link #SYNC} in the same transaction; any one event drains everything pending, so
 * a burst of changes costs one import and then no-ops. A Keycloak outage propagates: the rows stay
 * pending and the relay retries the event with backoff.
 *
 * <p>Data Keycloak refuses (say, an email another realm user has) is set aside, logged, and tried
 * again when the person next changes, so one bad record never holds up everyone else.
 */
@ApplicationScoped
public class IdentitySync implements OutboxConsumer {

    public static final String SYNC = "directory.identity.sync";
    private static final ContextLogger LOG = ContextLogger.of(IdentitySync.class);

    @Inject RealmAdministration realms;
    @Inject TenantRepository tenants;
    @Inject PersonWrites writes;

    @Override
    public String type() {
        return SYNC;
    }

    @Override
    public Optional<Instant> handle(TenantSlug tenant, Connection c, OutboxEvent event) throws SQLException {
        IdentityHome home = null;
        // Paging by id: a row left pending by this run (changed meanwhile) must not be read again and again.
        String after = "";
        for (List<PendingIdentity> batch = IdentityPeopleStore.pending(c, after); !batch.isEmpty();
                batch = IdentityPeopleStore.pending(c, after)) {
            if (home == null) {
                home = home(tenants, tenant); // looked up only now: most events of a burst find nothing pending
            }
            settle(c, batch, push(home, batch));
            after = batch.get(batch.size() - 1).id();
        }
        return Optional.empty();
    }

    static IdentityHome home(TenantRepository tenants, TenantSlug tenant) {
        return tenants.findBySlug(tenant).map(Tenant::identityHome)
                .orElseThrow(() -> new IllegalStateException("tenant " + tenant + " is not in the registry"));
    }

    /** Updates the people the realm has and imports the rest; returns the ids it refused to create. */
    private Set<String> push(IdentityHome home, List<PendingIdentity> batch) {
        List<PendingIdentity> missing = new ArrayList<>();
        for (PendingIdentity person : batch) {
            if (!person.created() || !update(home, person)) {
                missing.add(person);
            }
        }
        return create(home, missing);
    }

    /** False when the realm has no such user (removed there by hand), which the directory overrules. */
    private boolean update(IdentityHome home, PendingIdentity person) {
        try {
            if (!realms.updateUser(home.keycloakUrl(), home.realm(), user(person))) {
                return false;
            }
            if (!person.active()) {
                realms.logoutUser(home.keycloakUrl(), home.realm(), person.id());
            }
        } catch (UserRefused e) {
            setAside(person, e);
        }
        return true;
    }

    private Set<String> create(IdentityHome home, List<PendingIdentity> people) {
        if (people.isEmpty()) {
            return Set.of();
        }
        try {
            realms.importUsers(home.keycloakUrl(), home.realm(), people.stream().map(IdentitySync::user).toList());
            return Set.of();
        } catch (UserRefused e) {
            if (people.size() == 1) {
                setAside(people.get(0), e);
                return Set.of(people.get(0).id());
            }
        } catch (IdentityProviderUnavailable e) {
            // Keycloak 26 answers 500 to an import whose email a realm-only user already has; one
            // by one, that user is retried without the email and the rest get in.
            if (people.size() == 1) {
                return importWithoutEmail(home, people.get(0), e);
            }
        }
        // Keycloak refuses an import as a whole; one by one, everyone but the refused gets in.
        Set<String> refused = new HashSet<>();
        for (PendingIdentity person : people) {
            try {
                realms.importUsers(home.keycloakUrl(), home.realm(), List.of(user(person)));
            } catch (UserRefused e) {
                setAside(person, e);
                refused.add(person.id());
            } catch (IdentityProviderUnavailable e) {
                refused.addAll(importWithoutEmail(home, person, e));
            }
        }
        return refused;
    }

    /** A second 500 without the email is an outage after all: it propagates and the event retries. */
    private Set<String> importWithoutEmail(IdentityHome home, PendingIdentity person, IdentityProviderUnavailable first) {
        if (person.email() == null) {
            throw first;
        }
        realms.importUsers(home.keycloakUrl(), home.realm(), List.of(user(person.withoutEmail())));
        LOG.warn("person " + person.id() + " was created in the realm without an email: Keycloak refused it");
        return Set.of();
    }

    private static void setAside(PendingIdentity person, UserRefused e) {
        LOG.warn("Keycloak refused person " + person.id() + " (" + e.status() + "); retried when the person next changes");
    }

    /**
     * Clears the pending mark only on rows still at the version read, so a change that slipped in
     * meanwhile stays pending for the next sync instead of being taken as pushed.
     */
    private void settle(Connection c, List<PendingIdentity> batch, Set<String> notCreated) throws SQLException {
        writes.identitiesSynced(c, batch.stream()
                .map(p -> new SyncedIdentity(p.id(), p.version(), !notCreated.contains(p.id()))).toList());
    }

    /** Someone known only by a display name gets it as first name, so sign-in pages and tokens still name them. */
    private static ImportedUser user(PendingIdentity p) {
        boolean unnamed = p.givenName() == null && p.familyName() == null;
        return new ImportedUser(p.id(), p.username(), p.email(), unnamed ? p.name() : p.givenName(), p.familyName(), p.active());
    }
}
