package org.hugmenow.wellness.hug.domain;

import java.time.Instant;
import java.util.UUID;

/** A hug its recipient reported as abusive, for the tenant's admins to review. */
public record HugReport(UUID id, UUID hugId, String reporterId, String senderId, String type, String message, String reason, Instant reportedAt) {
}
