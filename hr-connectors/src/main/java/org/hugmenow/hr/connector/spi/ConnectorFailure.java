package org.hugmenow.hr.connector.spi;

/** Why a whole fetch failed. Per-record problems are reported to {@link EmployeeSink#skipped} instead. */
public class ConnectorFailure extends Exception {

    public enum Kind {
        /** Credentials refused (401/403): retrying will not help until an admin fixes them. */
        AUTH,
        /** Still rate-limited, or still failing with 5xx, timeouts or network errors, after the retries. */
        UNAVAILABLE,
        /** The system answered with something the connector cannot read (a 4xx, or not the documented shape). */
        BAD_RESPONSE,
        /** The settings are incomplete or malformed. */
        MISCONFIGURED
    }

    private final Kind kind;

    public ConnectorFailure(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public ConnectorFailure(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
