package org.hugmenow.platform.refusal;

import java.util.List;

/**
 * The one way application code of every module refuses a request, in business terms; the web
 * layer turns it into an RFC 9457 problem (and the console into a Faces message). Other people's
 * and other tenants' things are {@link Kind#NOT_FOUND}, never "forbidden", so existence does not leak.
 * SCIM keeps its own error family because RFC 7644 prescribes its shape.
 */
public class Refusal extends RuntimeException {

    public enum Kind { INVALID, NOT_FOUND, FORBIDDEN, CONFLICT, TOO_MANY, UNAVAILABLE, PLAN_REQUIRED, UNPROCESSABLE }

    public record FieldError(String field, String message) {
    }

    private static final String SEE_ERRORS = "The request has invalid fields; see errors.";

    private final Kind kind;
    private final List<FieldError> errors;
    private final long retryAfterSeconds;
    private final String requiredPlan;

    /** For refusals with an operator-only cause: the web layer logs the cause and never answers with it. */
    protected Refusal(Kind kind, String detail, Throwable cause) {
        this(kind, detail, List.of(), kind == Kind.UNAVAILABLE ? 30 : 0, null, cause);
    }

    private Refusal(Kind kind, String detail, List<FieldError> errors, long retryAfterSeconds, String requiredPlan,
                    Throwable cause) {
        super(detail, cause, false, false);
        this.kind = kind;
        this.errors = List.copyOf(errors);
        this.retryAfterSeconds = retryAfterSeconds;
        this.requiredPlan = requiredPlan;
    }

    private static Refusal of(Kind kind, String detail) {
        return new Refusal(kind, detail, List.of(), 0, null, null);
    }

    public static Refusal invalid(String field, String message) {
        return invalid(List.of(new FieldError(field, message)));
    }

    public static Refusal invalid(List<FieldError> errors) {
        return new Refusal(Kind.INVALID, SEE_ERRORS, errors, 0, null, null);
    }

    public static Refusal notFound(String detail) {
        return of(Kind.NOT_FOUND, detail);
    }

    public static Refusal forbidden(String detail) {
        return of(Kind.FORBIDDEN, detail);
    }

    public static Refusal conflict(String detail) {
        return of(Kind.CONFLICT, detail);
    }

    /** Well-formed, but it cannot be done as asked: an Idempotency-Key reused for another request. */
    public static Refusal unprocessable(String detail) {
        return of(Kind.UNPROCESSABLE, detail);
    }

    public static Refusal tooMany(String detail, long retryAfterSeconds) {
        return new Refusal(Kind.TOO_MANY, detail, List.of(), retryAfterSeconds, null, null);
    }

    public static Refusal unavailable(String detail) {
        return new Refusal(Kind.UNAVAILABLE, detail, List.of(), 30, null, null);
    }

    /** A feature the tenant's plan does not include; {@code plan} is the cheapest plan that does. */
    public static Refusal planRequired(String detail, String plan) {
        return new Refusal(Kind.PLAN_REQUIRED, detail, List.of(), 0, plan, null);
    }

    public Kind kind() { return kind; }
    public List<FieldError> errors() { return errors; }
    public long retryAfterSeconds() { return retryAfterSeconds; }
    /** The plan that includes the refused feature, for {@link Kind#PLAN_REQUIRED}; otherwise null. */
    public String requiredPlan() { return requiredPlan; }
}
