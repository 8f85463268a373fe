package org.hugmenow.hr.sync.domain;

import java.util.Map;
import org.hugmenow.hr.connector.spi.HrEmployee;

/** One planned change to one person; each is applied in its own transaction. */
public sealed interface Change {

    String externalId();

    /** A person the directory does not know yet. */
    record Create(HrEmployee employee) implements Change {
        public String externalId() {
            return employee.externalId();
        }
    }

    /** Changed attributes, old → new, limited to what this source owns. */
    record Update(String externalId, Map<Attribute, Object[]> changes, HrEmployee employee) implements Change {
    }

    /** Active in the directory, gone from (or inactive in) a full export of the source. */
    record Deactivate(String externalId) implements Change {
    }

    /** The same person (same email) under a new key in the source: needs an admin's confirmation. */
    record Rekey(String oldExternalId, String externalId, String email) implements Change {
    }
}
