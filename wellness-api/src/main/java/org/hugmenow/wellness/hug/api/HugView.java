package org.hugmenow.wellness.hug.api;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.hugmenow.wellness.hug.domain.Hug;

/** A hug as sender or recipient sees it. Messages are plain text, returned exactly as written. */
public record HugView(UUID id, String senderId, String senderName, String recipientId, String recipientName, String type, String message,
                      UUID groupId, UUID requestId, String status, Instant deliverAt, Instant deliveredAt, Instant createdAt) {

    static HugView of(Hug h, Map<String, String> names) {
        return new HugView(h.id(), h.senderId(), names.get(h.senderId()), h.recipientId(), names.get(h.recipientId()), h.type(),
                h.message(), h.groupId(), h.requestId(), h.status().name().toLowerCase(), h.deliverAt(), h.deliveredAt(), h.createdAt());
    }
}
