package org.hugmenow.platform.db;

import java.sql.SQLException;

/** A database call failed; the message names the operation, never the SQL, so it is safe to log. */
public class SqlFailure extends RuntimeException {
    public SqlFailure(String operation, SQLException cause) {
        super("database operation failed: " + operation, cause);
    }
}
