package org.hugmenow.hr.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hugmenow.platform.db.Sql;
import org.hugmenow.platform.logging.ContextLogger;
import org.hugmenow.platform.outbox.OutboxConsumer;
import org.hugmenow.platform.outbox.OutboxEvent;
import org.hugmenow.tenant.identity.IdentityProviderUnavailable;
import org.hugmenow.tenant.identity.RealmAdministration;
import org.hugmenow.tenant.identity.RealmAdministration.ImportedUser;
import org.hugmenow.tenant.identity.RealmAdministration.UserRefused;
import org.hugmenow.platform.tenancy.IdentityHome;
import org.hugmenow.platform.tenancy.Tenant;
import org.hugmenow.platform.tenancy.TenantRepository;
import org.hugmenow.platform.tenancy.TenantSlug;

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
    static final int BATCH = 500;
    private static final ContextLogger LOG = ContextLogger.of(IdentitySync.class);

    @Inject RealmAdministration realms;
    @Inject TenantRepository tenants;

    @Override
    public String type() {
        return SYNC;
    }

    @Override
    public Optional<Instant> handle(TenantSlug tenant, Connection c, OutboxEvent event) throws SQLException {
        IdentityHome home = null;
        // Paging by id: a row left pending by this run (changed meanwhile) must not be read again and again.
        String after = "";
        for (List<Pending> batch = pending(c, after); !batch.isEmpty(); batch = pending(c, after)) {
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

    private static List<Pending> pending(Connection c, String after) throws SQLException {
        // An email two people share goes to neither realm user: Keycloak keeps emails unique per realm.
        return Sql.list(c, "SELECT p.id, p.username, CASE WHEN EXISTS (SELECT 1 FROM person o WHERE lower(o.email) = lower(p.email)"
                + " AND o.id <> p.id) THEN NULL ELSE p.email END AS email, p.given_name, p.family_name, p.name, p.status,"
                + " p.idp_created, p.version FROM person p"
                + " WHERE p.idp_pending AND p.id > ? ORDER BY p.id LIMIT " + BATCH + " FOR UPDATE OF p SKIP LOCKED", Pending::of, after);
    }

    /** Updates the people the realm has and imports the rest; returns the ids it refused to create. */
    private Set<String> push(IdentityHome home, List<Pending> batch) {
        List<Pending> missing = new ArrayList<>();
        for (Pending person : batch) {
            if (!person.created() || !update(home, person)) {
                missing.add(person);
            }
        }
        return create(home, missing);
    }

    /** False when the realm has no such user (removed there by hand), which the directory overrules. */
    private boolean update(IdentityHome home, Pending person) {
        try {
            if (!realms.updateUser(home.keycloakUrl(), home.realm(), person.user())) {
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

    private Set<String> create(IdentityHome home, List<Pending> people) {
        if (people.isEmpty()) {
            return Set.of();
        }
        try {
            realms.importUsers(home.keycloakUrl(), home.realm(), people.stream().map(Pending::user).toList());
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
        for (Pending person : people) {
            try {
                realms.importUsers(home.keycloakUrl(), home.realm(), List.of(person.user()));
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
    private Set<String> importWithoutEmail(IdentityHome home, Pending person, IdentityProviderUnavailable first) {
        if (person.email() == null) {
            throw first;
        }
        realms.importUsers(home.keycloakUrl(), home.realm(), List.of(person.withoutEmail().user()));
        LOG.warn("person " + person.id() + " was created in the realm without an email: Keycloak refused it");
        return Set.of();
    }

    private static void setAside(Pending person, UserRefused e) {
        LOG.warn("Keycloak refused person " + person.id() + " (" + e.status() + "); retried when the person next changes");
    }

    /**
     * Clears the pending mark only on rows still at the version read, so a change that slipped in
     * meanwhile stays pending for the next sync instead of being taken as pushed.
     */
    private static void settle(Connection c, List<Pending> batch, Set<String> notCreated) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE person p SET idp_pending = false, idp_created = seen.created"
                + " FROM unnest(?::text[], ?::bigint[], ?::boolean[]) AS seen(id, version, created)"
                + " WHERE p.id = seen.id AND p.version = seen.version")) {
            s.setArray(1, c.createArrayOf("text", batch.stream().map(Pending::id).toArray(String[]::new)));
            s.setArray(2, c.createArrayOf("bigint", batch.stream().map(Pending::version).toArray(Long[]::new)));
            s.setArray(3, c.createArrayOf("boolean", batch.stream().map(p -> !notCreated.contains(p.id())).toArray(Boolean[]::new)));
            s.executeUpdate();
        }
    }

    /** A pending person as read, with the row version the pending mark may be cleared at. */
    record Pending(String id, String username, String email, String givenName, String familyName, String name,
                   boolean active, boolean created, long version) {

        static Pending of(ResultSet r) throws SQLException {
            return new Pending(r.getString("id"), r.getString("username"), present(r.getString("email")),
                    present(r.getString("given_name")), present(r.getString("family_name")), present(r.getString("name")),
                    "active".equals(r.getString("status")), r.getBoolean("idp_created"), r.getLong("version"));
        }

        /** Someone known only by a display name gets it as first name, so sign-in pages and tokens still name them. */
        ImportedUser user() {
            boolean unnamed = givenName == null && familyName == null;
            return new ImportedUser(id, username, email, unnamed ? name : givenName, familyName, active);
        }

        Pending withoutEmail() {
            return new Pending(id, username, null, givenName, familyName, name, active, created, version);
        }

        /** Keycloak takes an empty string as a value to validate; absent is what it means. */
        private static String present(String value) {
            return value == null || value.isBlank() ? null : value;
        }
    }
}
