package org.hugmenow.hr.sync.domain;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * One sync of one HR connection. Lifecycle: {@code fetching} → {@code planned} (a dry run ends
 * here) or {@code awaiting_confirmation} (the safety brake) or {@code applying} → {@code succeeded};
 * {@code failed} and {@code cancelled} may end it at any unfinished step.
 */
public record SyncRun(UUID id, UUID connectionId, Mode mode, boolean dryRun, Status status, Counts counts, int total, int applied,
                      String triggeredBy, String confirmedBy, String note, String failure, Instant startedAt, Instant heartbeatAt,
                      Instant finishedAt) {

    /** An incremental run never deactivates people for being absent from the source. */
    public enum Mode {
        FULL, INCREMENTAL;

        public String value() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Mode of(String value) {
            return valueOf(value.toUpperCase(Locale.ROOT));
        }
    }

    public enum Status {
        FETCHING, PLANNED, AWAITING_CONFIRMATION, APPLYING, SUCCEEDED, FAILED, CANCELLED;

        public String value() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Status of(String value) {
            return valueOf(value.toUpperCase(Locale.ROOT));
        }
    }

    public record Counts(int creates, int updates, int deactivations, int rekeys, int moves, int managerChanges, int conflicts,
                         int skipped, int errors) {
    }
}
