package org.hugmenow.hr.scim.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hugmenow.hr.scim.persistence.PersonRecord;
import org.hugmenow.hr.sync.application.AttributeOwnership;
import org.hugmenow.hr.sync.application.ConflictLog;
import org.hugmenow.hr.sync.domain.Attribute;
import org.hugmenow.tenant.directory.domain.ProvisionedPerson;

/**
 * When the tenant gave an attribute to an HR source, a SCIM write of a different value keeps the
 * directory's value and is reported as a conflict: never silently overwritten either way.
 */
@ApplicationScoped
public class AttributeGuard {

    /** The attributes SCIM writes that a tenant can give to another source. */
    static final List<Attribute> GUARDED = List.of(Attribute.EMAIL, Attribute.FIRST_NAME, Attribute.LAST_NAME,
            Attribute.ACTIVE, Attribute.MANAGER, Attribute.DEPARTMENT, Attribute.COST_CENTER);

    @Inject
    AttributeOwnership ownership;

    @Inject
    ConflictLog conflicts;

    public ProvisionedPerson keepOwned(Connection c, PersonRecord current, ProvisionedPerson proposed) throws SQLException {
        Map<Attribute, String> owners = ownership.all(c);
        ProvisionedPerson held = current.asProvisioned();
        ProvisionedPerson kept = proposed;
        for (Attribute attribute : GUARDED) {
            Object now = value(held, attribute);
            Object next = value(proposed, attribute);
            String owner = owners.get(attribute);
            if (owner == null || owner.equals(AttributeOwnership.SCIM) || Objects.equals(now, next)) {
                continue;
            }
            conflicts.record(c, AttributeOwnership.SCIM, current.id(), AttributeOwnership.name(attribute),
                    text(now), text(next), owner, null);
            kept = keeping(kept, attribute, held);
        }
        return kept;
    }

    private static Object value(ProvisionedPerson p, Attribute attribute) {
        return switch (attribute) {
            case EMAIL -> p.email();
            case FIRST_NAME -> p.givenName();
            case LAST_NAME -> p.familyName();
            case ACTIVE -> p.active();
            case MANAGER -> p.managerId();
            case DEPARTMENT -> p.department();
            case COST_CENTER -> p.costCenter();
            default -> throw new IllegalArgumentException(attribute + " is not written through SCIM");
        };
    }

    /** The write, with one attribute left as the directory holds it. */
    private static ProvisionedPerson keeping(ProvisionedPerson w, Attribute attribute, ProvisionedPerson held) {
        return new ProvisionedPerson(w.username(), w.name(),
                attribute == Attribute.FIRST_NAME ? held.givenName() : w.givenName(),
                attribute == Attribute.LAST_NAME ? held.familyName() : w.familyName(),
                attribute == Attribute.EMAIL ? held.email() : w.email(),
                w.externalId(), w.title(), w.employeeNumber(),
                attribute == Attribute.DEPARTMENT ? held.department() : w.department(),
                attribute == Attribute.COST_CENTER ? held.costCenter() : w.costCenter(),
                attribute == Attribute.MANAGER ? held.managerId() : w.managerId(),
                attribute == Attribute.ACTIVE ? held.active() : w.active(), w.scimJson());
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
