package org.hugmenow.hr.sync.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.hugmenow.platform.db.Sql;

/** SQL for attribute ownership: attribute name to owner ({@code scim} or {@code hr:<connection id>}). */
@ApplicationScoped
public class AttributeOwnerStore {

    /** Every assignment, by attribute name as stored. */
    public Map<String, String> all(Connection c) throws SQLException {
        Map<String, String> owners = new LinkedHashMap<>();
        Sql.list(c, "SELECT attribute, owner FROM directory_attribute_owner", r -> owners.put(r.getString(1), r.getString(2)));
        return owners;
    }

    public Optional<String> owner(Connection c, String attribute) throws SQLException {
        return Sql.one(c, "SELECT owner FROM directory_attribute_owner WHERE attribute = ?", r -> r.getString(1), attribute);
    }

    /** Replaces the whole assignment. */
    public void replace(Connection c, Map<String, String> owners) throws SQLException {
        // Two replacements at once would both delete, then collide on insert.
        Sql.update(c, "LOCK TABLE directory_attribute_owner IN SHARE ROW EXCLUSIVE MODE");
        Sql.update(c, "DELETE FROM directory_attribute_owner");
        for (Map.Entry<String, String> owner : owners.entrySet()) {
            Sql.update(c, "INSERT INTO directory_attribute_owner (attribute, owner) VALUES (?, ?)", owner.getKey(), owner.getValue());
        }
    }
}
