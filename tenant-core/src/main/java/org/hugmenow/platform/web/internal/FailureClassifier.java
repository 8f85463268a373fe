package org.hugmenow.platform.web.internal;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import java.sql.SQLException;
import java.util.Optional;
import org.hugmenow.platform.web.BodyTooLargeException;
import org.hugmenow.platform.web.ProblemException;

/** Finds the cause that decides the answer to a failure, looking down the cause chain. */
final class FailureClassifier {

    private FailureClassifier() {
    }

    static Optional<ProblemException> classify(Throwable failure) {
        // An oversize body surfaces wrapped in parse errors; it must win over them.
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof BodyTooLargeException) {
                return Optional.of(new ProblemException(413, "content-too-large", "Content Too Large",
                        "The request body is too large.", java.util.List.of(), java.util.Map.of()));
            }
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ProblemException problem) {
                return Optional.of(problem);
            }
            if (t instanceof JsonbException || t instanceof JsonException) {
                return Optional.of(ProblemException.badRequest(
                        "The body is not valid JSON for this resource: check the syntax, the field names and the value types."));
            }
            if (t instanceof SQLException sql && isConnectionFailure(sql)) {
                return Optional.of(ProblemException.unavailable("The database is unavailable; try again shortly.", 5));
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                Optional<ProblemException> refused = clientMistake(sql.getSQLState());
                if (refused.isPresent()) {
                    return refused;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A backstop for what input checks should have caught: a uniqueness clash (with existing data,
     * or with a concurrent first write) is a conflict, and text or numbers the database cannot hold
     * are bad input. The failed transaction rolled back; nothing of it was stored.
     */
    private static Optional<ProblemException> clientMistake(String state) {
        return switch (state) {
            case "23505", "40001", "40P01" -> Optional.of(ProblemException.conflict(
                    "The request conflicts with existing data or with a request made at the same time; nothing was stored."));
            case "22021", "22P05" -> Optional.of(ProblemException.badRequest(
                    "The request holds text the database cannot store (such as a null character)."));
            case "22003", "22008" -> Optional.of(ProblemException.badRequest(
                    "The request holds a number or date out of the supported range."));
            default -> Optional.empty();
        };
    }

    /** Connection exceptions (08), an administrator shutdown or a server starting up (57P0x), or a pool timeout. */
    private static boolean isConnectionFailure(SQLException e) {
        String state = e.getSQLState();
        return state == null || state.startsWith("08") || state.startsWith("57P0")
                || e instanceof java.sql.SQLTransientException || e instanceof java.sql.SQLRecoverableException;
    }
}
