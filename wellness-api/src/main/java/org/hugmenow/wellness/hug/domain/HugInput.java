package org.hugmenow.wellness.hug.domain;

import java.time.Instant;
import java.util.UUID;

/** A hug to send: to one colleague or to a team, now or at {@code deliverAt}, optionally answering a request. */
public record HugInput(String recipientId, UUID teamId, String type, String message, Instant deliverAt, UUID requestId) {
}
