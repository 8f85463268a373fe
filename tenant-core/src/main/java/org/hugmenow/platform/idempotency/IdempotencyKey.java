package org.hugmenow.platform.idempotency;

import java.util.Optional;
import org.hugmenow.platform.refusal.Refusal;

/**
 * A client's {@code Idempotency-Key} header (IETF httpapi draft, as Stripe uses it): an opaque
 * string, unique per request the client means once, such as a UUID an offline app made when it
 * stored a check-in.
 */
public record IdempotencyKey(String value) {

    public static final String HEADER = "Idempotency-Key";
    static final int MAX_LENGTH = 255;

    public IdempotencyKey {
        if (value == null || value.isBlank() || value.length() > MAX_LENGTH || !value.chars().allMatch(ch -> ch >= 0x21 && ch <= 0x7e)) {
            throw Refusal.invalid(HEADER, "must be 1 to " + MAX_LENGTH + " visible ASCII characters without spaces, such as a UUID");
        }
    }

    /** The header's value, if the client sent one; a structured-field string in quotes is taken without them. */
    public static Optional<IdempotencyKey> fromHeader(String header) {
        if (header == null) {
            return Optional.empty();
        }
        String value = header.strip();
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        return Optional.of(new IdempotencyKey(value));
    }
}
