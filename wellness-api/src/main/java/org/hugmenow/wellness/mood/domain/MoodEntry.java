package org.hugmenow.wellness.mood.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One check-in. {@code note} is the decrypted text, private to {@code personId}. */
public record MoodEntry(UUID id, String personId, int score, List<String> emotions, String note,
                        Map<String, Double> factors, List<String> tags, Instant recordedAt, LocalDate localDate,
                        String timeZone, Instant createdAt, Instant updatedAt) {
}
