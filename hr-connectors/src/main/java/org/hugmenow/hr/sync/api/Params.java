package org.hugmenow.hr.sync.api;

import java.util.UUID;
import org.hugmenow.platform.web.ProblemException;
import org.hugmenow.platform.web.Validation;

/** Path ids and query numbers, read by hand so a malformed one gets a clear problem instead of JAX-RS's bare 404. */
final class Params {

    private Params() {
    }

    /** An id that is not even a UUID is as unknown as any other: the same 404. */
    static UUID id(String value, String notFoundDetail) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound(notFoundDetail);
        }
    }

    static int integer(String value, String name, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.strip());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        new Validation().add(name, "must be a whole number from " + min + " to " + max).throwIfInvalid();
        return fallback;
    }

    static boolean flag(String value, String name) {
        if (value == null || value.isBlank() || value.equals("false")) {
            return false;
        }
        new Validation().require(value.equals("true"), name, "must be true or false").throwIfInvalid();
        return true;
    }
}
