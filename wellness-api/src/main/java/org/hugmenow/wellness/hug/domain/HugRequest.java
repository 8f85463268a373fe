package org.hugmenow.wellness.hug.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** "I could use a hug", sent privately to chosen connections; answering with a hug links the two. */
public record HugRequest(UUID id, String requesterId, String message, Status status, List<Recipient> recipients, Instant createdAt) {

    public enum Status { OPEN, ANSWERED, CLOSED }

    public record Recipient(String personId, UUID answeredHugId) {
    }
}
