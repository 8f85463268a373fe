package org.hugmenow.wellness.insights.domain;

import java.util.UUID;

/** A team as insights knows it; a team the directory no longer has stays, {@code removed}, for past periods. */
public record InsightsTeam(UUID id, UUID parentId, String name, boolean removed) {
}
