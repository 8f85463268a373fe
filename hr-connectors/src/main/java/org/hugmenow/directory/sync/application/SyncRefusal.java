package org.hugmenow.directory.sync.application;

import java.util.List;

/** A request the sync engine refuses, in its own terms; the api layer picks the HTTP status. */
public class SyncRefusal extends RuntimeException {

    public enum Kind { INVALID, NOT_FOUND, CONFLICT }

    public record FieldError(String field, String message) {
    }

    private final Kind kind;
    private final List<FieldError> errors;

    private SyncRefusal(Kind kind, String detail, List<FieldError> errors) {
        super(detail);
        this.kind = kind;
        this.errors = List.copyOf(errors);
    }

    static SyncRefusal notFound(String detail) {
        return new SyncRefusal(Kind.NOT_FOUND, detail, List.of());
    }

    static SyncRefusal conflict(String detail) {
        return new SyncRefusal(Kind.CONFLICT, detail, List.of());
    }

    static SyncRefusal invalid(List<FieldError> errors) {
        return new SyncRefusal(Kind.INVALID, "The request has invalid fields; see errors.", errors);
    }

    static SyncRefusal invalid(String field, String message) {
        return invalid(List.of(new FieldError(field, message)));
    }

    public Kind kind() {
        return kind;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
