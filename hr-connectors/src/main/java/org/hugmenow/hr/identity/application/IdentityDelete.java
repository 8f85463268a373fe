package org.hugmenow.hr.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.hugmenow.hr.identity.persistence.IdentityPeopleStore;
import org.hugmenow.platform.json.Jsons;
import org.hugmenow.platform.outbox.OutboxConsumer;
import org.hugmenow.platform.outbox.OutboxEvent;
import org.hugmenow.platform.tenancy.IdentityHome;
import org.hugmenow.platform.tenancy.TenantRepository;
import org.hugmenow.platform.tenancy.TenantSlug;
import org.hugmenow.tenant.identity.RealmAdministration;

/**
 * Deletes the realm user of a person erased from the directory. Writers publish {@link #DELETE}
 * with {@code {"personId": "..."}} in the transaction that deletes the row. A user already gone
 * counts as deleted, so a retried event is harmless.
 */
@ApplicationScoped
public class IdentityDelete implements OutboxConsumer {

    public static final String DELETE = "directory.identity.delete";

    @Inject RealmAdministration realms;
    @Inject TenantRepository tenants;

    @Override
    public String type() {
        return DELETE;
    }

    @Override
    public Optional<Instant> handle(TenantSlug tenant, Connection c, OutboxEvent event) throws SQLException {
        String personId = Jsons.parseObject(event.payload()).getString("personId");
        // Provisioned again under the same id before this ran: the realm user is the new person's now.
        if (IdentityPeopleStore.exists(c, personId)) {
            return Optional.empty();
        }
        IdentityHome home = IdentitySync.home(tenants, tenant);
        realms.deleteUser(home.keycloakUrl(), home.realm(), personId);
        return Optional.empty();
    }
}
