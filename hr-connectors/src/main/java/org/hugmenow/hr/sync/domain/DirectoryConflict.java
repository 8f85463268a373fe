package org.hugmenow.hr.sync.domain;

import java.time.Instant;
import java.util.UUID;

/** A source tried to write an attribute another source owns; the owner's value was kept. */
public record DirectoryConflict(UUID id, String source, String personId, String attribute, String currentValue,
                                String proposedValue, String owner, UUID runId, Instant seenAt) {
}
