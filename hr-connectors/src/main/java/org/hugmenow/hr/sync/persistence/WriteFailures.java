package org.hugmenow.hr.sync.persistence;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;

/** What a failed directory write means, told from the database's error: an outage, or this record's fault. */
public final class WriteFailures {

    private WriteFailures() {
    }

    /** The database could not be reached or is shutting down: not the record's fault. */
    public static boolean databaseUnreachable(Throwable cause) {
        if (!(cause instanceof SQLException e)) {
            return false;
        }
        String state = e.getSQLState();
        return state == null || state.startsWith("08") || state.startsWith("57P0")
                || e instanceof SQLTransientException || e instanceof SQLRecoverableException;
    }

    /** Database messages quote the offending values (emails, names); this says only what kind of problem it was. */
    public static String describe(Throwable cause) {
        String state = cause instanceof SQLException e && e.getSQLState() != null ? e.getSQLState() : "unknown";
        return switch (state) {
            case "23505" -> "conflicts with another person: the same email, sign-in name or employee id";
            case "23503" -> "refers to a person or team that no longer exists";
            case "23502", "23514" -> "lacks a value the directory requires, or has one it does not accept";
            case "22001" -> "has a value longer than the directory accepts";
            default -> "could not be written (database state " + state + ")";
        };
    }
}
