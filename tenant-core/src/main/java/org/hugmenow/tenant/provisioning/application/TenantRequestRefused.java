package org.hugmenow.tenant.provisioning.application;

/**
 * An operator request the tenant lifecycle cannot carry out. The message is written for the
 * operator; the REST layer turns the reason into a status code.
 */
public class TenantRequestRefused extends RuntimeException {

    public enum Reason { NOT_FOUND, CONFLICT, INVALID }

    private final Reason reason;
    private final String field;

    private TenantRequestRefused(Reason reason, String field, String message) {
        super(message);
        this.reason = reason;
        this.field = field;
    }

    static TenantRequestRefused notFound(String slug) {
        return new TenantRequestRefused(Reason.NOT_FOUND, null, "There is no tenant '" + slug + "'.");
    }

    static TenantRequestRefused conflict(String message) {
        return new TenantRequestRefused(Reason.CONFLICT, null, message);
    }

    static TenantRequestRefused invalid(String field, String message) {
        return new TenantRequestRefused(Reason.INVALID, field, message);
    }

    public Reason reason() {
        return reason;
    }

    /** The offending request field, for {@link Reason#INVALID}. */
    public String field() {
        return field;
    }
}
