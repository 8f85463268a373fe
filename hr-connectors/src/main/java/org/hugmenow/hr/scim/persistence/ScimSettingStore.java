package org.hugmenow.hr.scim.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import org.hugmenow.platform.db.Sql;

/** Tenant settings SCIM reads inside its own transaction, so a decision and the write it leads to see the same value. */
public final class ScimSettingStore {

    private ScimSettingStore() {
    }

    public static Optional<String> value(Connection c, String key) throws SQLException {
        return Sql.one(c, "SELECT value FROM tenant_setting WHERE setting_key = ?", r -> r.getString(1), key);
    }
}
