package org.hugmenow.platform.outbox;

import java.time.Instant;
import java.util.UUID;

/** One recorded fact waiting for its consumer; {@code id} is the idempotency key. */
public record OutboxEvent(UUID id, String type, String payload, Instant createdAt, int attempts) {
}
