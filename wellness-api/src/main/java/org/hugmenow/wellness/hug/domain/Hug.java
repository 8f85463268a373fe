package org.hugmenow.wellness.hug.domain;

import java.time.Instant;
import java.util.UUID;

/** A hug from one person to another; a group hug is one hug per member sharing a {@code groupId}. */
public record Hug(UUID id, String senderId, String recipientId, String type, String message, UUID groupId, UUID requestId,
                  Status status, Instant deliverAt, Instant deliveredAt, boolean hidden, Instant createdAt) {

    public enum Status { SCHEDULED, DELIVERED, CANCELLED }

    public Hug delivered(Instant at) {
        return new Hug(id, senderId, recipientId, type, message, groupId, requestId, Status.DELIVERED, deliverAt, at, hidden, createdAt);
    }
}
