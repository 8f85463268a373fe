package org.hugmenow.hr.scim.application;

/** RFC 7644 §3.7 limits the SCIM server advertises and enforces; /Bulk requests beyond them get 413. */
public final class ScimLimits {

    public static final int BULK_MAX_OPERATIONS = 1_000;
    /** The app's request body limit (hugmenow.http.max-body-bytes), which also guards /Bulk. */
    public static final int BULK_MAX_PAYLOAD_BYTES = 1_048_576;
    public static final int FILTER_MAX_RESULTS = 1_000;

    private ScimLimits() {
    }
}
