package org.hugmenow.wellness.shared.domain;

import java.util.List;

/**
 * A request the wellness rules refuse, in the domain's own terms; the api layer turns it into
 * a problem response. Other people's things are {@link Kind#NOT_FOUND}, never "forbidden",
 * so existence does not leak.
 */
public class Refusal extends RuntimeException {

    public enum Kind { INVALID, NOT_FOUND, FORBIDDEN, CONFLICT, TOO_MANY, UNAVAILABLE }

    public record FieldError(String field, String message) {
    }

    private final Kind kind;
    private final List<FieldError> errors;
    private final long retryAfterSeconds;

    private Refusal(Kind kind, String detail, List<FieldError> errors, long retryAfterSeconds) {
        super(detail, null, false, false);
        this.kind = kind;
        this.errors = List.copyOf(errors);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public static Refusal invalid(String field, String message) {
        return new Refusal(Kind.INVALID, "The request has invalid fields; see errors.", List.of(new FieldError(field, message)), 0);
    }

    public static Refusal invalid(List<FieldError> errors) {
        return new Refusal(Kind.INVALID, "The request has invalid fields; see errors.", errors, 0);
    }

    public static Refusal notFound(String detail) {
        return new Refusal(Kind.NOT_FOUND, detail, List.of(), 0);
    }

    public static Refusal forbidden(String detail) {
        return new Refusal(Kind.FORBIDDEN, detail, List.of(), 0);
    }

    public static Refusal conflict(String detail) {
        return new Refusal(Kind.CONFLICT, detail, List.of(), 0);
    }

    public static Refusal tooMany(String detail, long retryAfterSeconds) {
        return new Refusal(Kind.TOO_MANY, detail, List.of(), retryAfterSeconds);
    }

    public static Refusal unavailable(String detail) {
        return new Refusal(Kind.UNAVAILABLE, detail, List.of(), 30);
    }

    public Kind kind() { return kind; }
    public List<FieldError> errors() { return errors; }
    public long retryAfterSeconds() { return retryAfterSeconds; }
}
