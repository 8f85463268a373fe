package org.hugmenow.hr.scim.application;

import org.apache.directory.scim.protocol.ErrorMessageType;
import org.apache.directory.scim.spec.exception.ResourceException;

/**
 * A request the directory refuses, in SCIM's terms (RFC 7644 §3.12). Thrown unchecked inside
 * transactions and leaves the repositories as {@link Checked}, a ResourceException, because
 * that is what SCIMple's /Bulk turns into a per-operation status instead of failing the batch.
 */
public final class ScimRefusal extends RuntimeException {

    private final int status;
    private final ErrorMessageType scimType;

    public ScimRefusal(int status, ErrorMessageType scimType, String detail) {
        super(detail, null, false, false);
        this.status = status;
        this.scimType = scimType;
    }

    public ScimRefusal(int status, String detail) {
        this(status, null, detail);
    }

    public int status() {
        return status;
    }

    public ErrorMessageType scimType() {
        return scimType;
    }

    static ScimRefusal notFound(String id) {
        return new ScimRefusal(404, "Resource " + id + " not found");
    }

    /** The checked form repositories throw. */
    public static final class Checked extends ResourceException {

        private final ScimRefusal refusal;

        Checked(ScimRefusal refusal) {
            super(refusal.status(), refusal.getMessage());
            this.refusal = refusal;
        }

        public ScimRefusal refusal() {
            return refusal;
        }
    }

    @FunctionalInterface
    interface Work<T> {
        T run();
    }

    /** Runs repository work, turning a refusal into the checked exception SCIMple expects. */
    static <T> T guarded(Work<T> work) throws Checked {
        try {
            return work.run();
        } catch (ScimRefusal refusal) {
            throw new Checked(refusal);
        }
    }
}
