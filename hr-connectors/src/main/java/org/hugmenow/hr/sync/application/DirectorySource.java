package org.hugmenow.hr.sync.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hugmenow.hr.connector.application.HrConnections;
import org.hugmenow.hr.connector.spi.HrEmployee;
import org.hugmenow.hr.identity.application.IdentitySync;
import org.hugmenow.hr.sync.domain.Attribute;
import org.hugmenow.hr.sync.domain.Change;
import org.hugmenow.hr.sync.persistence.SyncedPeopleStore;
import org.hugmenow.platform.outbox.Outbox;
import org.hugmenow.platform.tenancy.TenantSlug;
import org.hugmenow.tenant.directory.application.HrPersonWrites;
import org.hugmenow.tenant.directory.domain.HrPerson;

/**
 * The directory as an HR connection sees it, and the writes of its changes. Each change is
 * applied inside the caller's transaction, together with the outbox event and the mark that it
 * was applied: a person is changed completely or not at all, and never twice.
 */
@ApplicationScoped
public class DirectorySource {

    @Inject Outbox outbox;
    @Inject ConflictLog conflicts;
    @Inject SyncedPeopleStore people;
    @Inject HrPersonWrites writes;

    /** The connection a change is applied for, and the attribute ownership in force while applying. */
    public record Target(UUID connectionId, Map<Attribute, String> ownership, UUID runId) {
        String source() {
            return HrConnections.source(connectionId);
        }

        boolean owns(Attribute attribute) {
            String owner = ownership.get(attribute);
            return owner == null || owner.equals(source());
        }
    }

    /** A change this directory cannot take; the message is for admins and holds no personal data. */
    public static final class ApplyRefused extends RuntimeException {
        ApplyRefused(String message) {
            super(message);
        }
    }

    /** People with an HR key that this connection manages, or that no connection manages any more (it adopts them). */
    public SyncedPeopleStore.ManagedPeople view(Connection c, UUID connectionId) throws SQLException {
        return people.managedBy(c, connectionId);
    }

    public void apply(Connection c, TenantSlug tenant, Change change, Target target) throws SQLException {
        if (change instanceof Change.Create create) {
            create(c, tenant, create.employee(), target);
        } else if (change instanceof Change.Update update) {
            update(c, tenant, update, target);
        } else if (change instanceof Change.Deactivate deactivate) {
            deactivate(c, tenant, deactivate.externalId(), target);
        } else if (change instanceof Change.Rekey rekey) {
            rekey(c, rekey, target);
        }
    }

    /**
     * Sets the managers that could not be resolved while applying because the manager was created
     * later in the run. Only empty links are filled, so this never overwrites another source's value.
     */
    public void fillManagers(Connection c, Map<String, String> managerByKey) throws SQLException {
        writes.fillManagers(c, managerByKey);
    }

    private void create(Connection c, TenantSlug tenant, HrEmployee e, Target target) throws SQLException {
        if (e.email() == null) {
            throw new ApplyRefused("has no email address, which a person needs to sign in");
        }
        Optional<String> holder = people.keyHolder(c, e.externalId());
        if (holder.isPresent()) {
            if (holder.get().isEmpty() || holder.get().equals(target.connectionId().toString())) {
                return; // already here: the source listed this employee twice
            }
            throw new ApplyRefused("its employee id is already used by another HR connection");
        }
        Optional<String> account = people.lockUnlinkedAccount(c, e.email());
        if (account.isPresent()) {
            link(c, tenant, account.get(), e, target);
        } else {
            insert(c, tenant, e, target);
        }
    }

    /** Links an HR record to the sign-in account that already exists for it; the source writes only what it owns. */
    private void link(Connection c, TenantSlug tenant, String personId, HrEmployee e, Target target) throws SQLException {
        HrEmployee before = people.employee(c, personId).orElseThrow();
        Set<Attribute> owned = EnumSet.noneOf(Attribute.class);
        for (Attribute a : Attribute.values()) {
            if (!a.differs(before, e)) {
                continue;
            }
            if (target.owns(a)) {
                owned.add(a);
            } else {
                conflicts.record(c, target.source(), personId, AttributeOwnership.name(a), ConflictLog.text(a.of(before)),
                        ConflictLog.text(a.of(e)), target.ownership().get(a), target.runId());
            }
        }
        writes.link(c, personId, e.externalId(), target.connectionId());
        write(c, tenant, personId, e, owned);
    }

    private void insert(Connection c, TenantSlug tenant, HrEmployee e, Target target) throws SQLException {
        if (people.emailTaken(c, e.email())) {
            throw new ApplyRefused("its email address belongs to a person already linked to another HR record");
        }
        if (!writes.add(c, UUID.randomUUID().toString(), person(e), target.connectionId())) {
            return; // created meanwhile under the same key; the key's unique index keeps it one person
        }
        identityChanged(c, tenant);
    }

    private void update(Connection c, TenantSlug tenant, Change.Update update, Target target) throws SQLException {
        String personId = people.lockByKey(c, update.externalId())
                .orElseThrow(() -> new ApplyRefused("is no longer in the directory"));
        writes.adopt(c, personId, target.connectionId());
        // Ownership may have changed since the plan was made; what is applied follows today's.
        Set<Attribute> owned = EnumSet.noneOf(Attribute.class);
        update.changes().keySet().stream().filter(target::owns).forEach(owned::add);
        write(c, tenant, personId, update.employee(), owned);
    }

    /** Writes exactly these attributes from the employee; identity attributes also queue the realm update. */
    private void write(Connection c, TenantSlug tenant, String personId, HrEmployee e, Set<Attribute> attributes) throws SQLException {
        Set<HrPerson.Field> fields = EnumSet.noneOf(HrPerson.Field.class);
        attributes.forEach(a -> fields.add(HrPerson.Field.valueOf(a.name())));
        if (writes.write(c, personId, person(e), fields)) {
            identityChanged(c, tenant);
        }
    }

    private void deactivate(Connection c, TenantSlug tenant, String externalId, Target target) throws SQLException {
        if (!target.owns(Attribute.ACTIVE)) {
            throw new ApplyRefused("its status now belongs to " + target.ownership().get(Attribute.ACTIVE) + "; not deactivated");
        }
        if (writes.deactivate(c, externalId)) {
            identityChanged(c, tenant);
        }
    }

    private void rekey(Connection c, Change.Rekey rekey, Target target) throws SQLException {
        if (people.keyTaken(c, rekey.externalId())) {
            throw new ApplyRefused("the new employee id is already in use");
        }
        if (!writes.rekey(c, rekey.oldExternalId(), rekey.externalId(), target.connectionId())) {
            throw new ApplyRefused("the old employee id is no longer in the directory");
        }
    }

    private void identityChanged(Connection c, TenantSlug tenant) throws SQLException {
        outbox.publish(c, tenant, IdentitySync.SYNC, "{}");
    }

    /** The employee in the directory's terms (the attribute names match {@link HrPerson.Field}'s). */
    private static HrPerson person(HrEmployee e) {
        return new HrPerson(e.externalId(), e.email(), e.firstName(), e.lastName(), e.active(), e.managerExternalId(),
                e.department(), e.costCenter(), e.location(), e.startDate(), e.teams());
    }
}
