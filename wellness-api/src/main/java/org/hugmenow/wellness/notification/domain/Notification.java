package org.hugmenow.wellness.notification.domain;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** One inbox entry. {@code payload} is a JSON object whose shape depends on {@code type}. */
public record Notification(UUID id, String personId, String type, String payload, Instant createdAt, Instant readAt) {

    public static final String HUG_RECEIVED = "hug.received";
    public static final String HUG_REQUEST_RECEIVED = "hug-request.received";
    public static final String STREAK_MILESTONE = "streak.milestone";
    public static final String CONNECTION_REQUESTED = "connection.requested";
    public static final String CONNECTION_ACCEPTED = "connection.accepted";

    public static final Set<String> TYPES = Set.of(HUG_RECEIVED, HUG_REQUEST_RECEIVED, STREAK_MILESTONE, CONNECTION_REQUESTED,
            CONNECTION_ACCEPTED);
}
