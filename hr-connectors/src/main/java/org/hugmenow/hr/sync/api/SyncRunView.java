package org.hugmenow.hr.sync.api;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.hugmenow.hr.sync.domain.SyncRun;

/** A run as admins follow it: what the plan holds, how far applying got, and how it ended. */
public record SyncRunView(UUID id, UUID connectionId, String mode, boolean dryRun, String status, SyncRun.Counts counts,
                          Progress progress, long durationSeconds, String note, String failure, String triggeredBy,
                          String confirmedBy, Instant startedAt, Instant finishedAt) {

    public record Progress(int applied, int total) {
    }

    static SyncRunView of(SyncRun r) {
        Instant end = r.finishedAt() != null ? r.finishedAt() : Instant.now();
        return new SyncRunView(r.id(), r.connectionId(), r.mode().value(), r.dryRun(), r.status().value(), r.counts(),
                new Progress(r.applied(), r.total()), Math.max(0, Duration.between(r.startedAt(), end).toSeconds()), r.note(),
                r.failure(), r.triggeredBy(), r.confirmedBy(), r.startedAt(), r.finishedAt());
    }
}
