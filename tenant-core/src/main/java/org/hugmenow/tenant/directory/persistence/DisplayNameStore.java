package org.hugmenow.tenant.directory.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import org.hugmenow.platform.db.Sql;
import org.hugmenow.tenant.directory.application.DisplayNames;

/** SQL for the chosen display name on {@code person}. */
@ApplicationScoped
public class DisplayNameStore implements DisplayNames {

    @Override
    public void show(Connection c, String personId, String name) throws SQLException {
        Sql.update(c, "UPDATE person SET display_name = ?, updated_at = now() WHERE id = ?", name, personId);
    }

    @Override
    public void forget(Connection c, String personId) throws SQLException {
        Sql.update(c, "UPDATE person SET display_name = NULL WHERE id = ?", personId);
    }
}
