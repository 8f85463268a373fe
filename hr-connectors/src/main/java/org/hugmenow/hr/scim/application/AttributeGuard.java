package org.hugmenow.hr.scim.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Objects;
import org.hugmenow.hr.scim.persistence.PersonRecord;
import org.hugmenow.hr.scim.persistence.PersonWrite;
import org.hugmenow.hr.sync.application.AttributeOwnership;
import org.hugmenow.hr.sync.application.ConflictLog;
import org.hugmenow.hr.sync.domain.Attribute;

/**
 * When the tenant gave an attribute to an HR source, a SCIM write of a different value keeps the
 * directory's value and is reported as a conflict: never silently overwritten either way.
 */
@ApplicationScoped
public class AttributeGuard {

    @Inject
    AttributeOwnership ownership;

    @Inject
    ConflictLog conflicts;

    public PersonWrite keepOwned(Connection c, PersonRecord current, PersonWrite proposed) throws SQLException {
        Map<Attribute, String> owners = ownership.all(c);
        PersonWrite kept = proposed;
        for (Attribute attribute : PersonWrite.GUARDED) {
            Object now = PersonWrite.of(current).value(attribute);
            Object next = proposed.value(attribute);
            String owner = owners.get(attribute);
            if (owner == null || owner.equals(AttributeOwnership.SCIM) || Objects.equals(now, next)) {
                continue;
            }
            conflicts.record(c, AttributeOwnership.SCIM, current.id(), AttributeOwnership.name(attribute),
                    text(now), text(next), owner, null);
            kept = kept.keeping(attribute, current);
        }
        return kept;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
