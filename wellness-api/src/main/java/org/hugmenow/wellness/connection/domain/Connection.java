package org.hugmenow.wellness.connection.domain;

import java.time.Instant;
import java.util.UUID;
import org.hugmenow.wellness.privacy.domain.Sharing;

/**
 * Two colleagues connected. Each side decides what the other sees of their mood:
 * {@code requesterSharing} is what the requester shows the addressee, and the reverse.
 */
public record Connection(UUID id, String requesterId, String addresseeId, boolean accepted, Sharing requesterSharing,
                         Sharing addresseeSharing, Instant createdAt, Instant respondedAt) {

    public boolean involves(String personId) {
        return requesterId.equals(personId) || addresseeId.equals(personId);
    }

    public String other(String personId) {
        return requesterId.equals(personId) ? addresseeId : requesterId;
    }

    /** What {@code personId} lets the other person see. */
    public Sharing sharingBy(String personId) {
        return requesterId.equals(personId) ? requesterSharing : addresseeSharing;
    }

    /** What the other person lets {@code personId} see. */
    public Sharing sharingWith(String personId) {
        return requesterId.equals(personId) ? addresseeSharing : requesterSharing;
    }
}
