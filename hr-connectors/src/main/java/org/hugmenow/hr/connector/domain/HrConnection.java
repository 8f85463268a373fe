package org.hugmenow.hr.connector.domain;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** A tenant's HR connection without its setting values. {@code scheduleMinutes} null: runs on demand only. */
public record HrConnection(UUID id, String connector, String label, Set<String> settingNames, Integer scheduleMinutes,
                           double maxDeactivateShare, boolean enabled, Instant nextRunAt, Instant createdAt, Instant updatedAt) {
}
