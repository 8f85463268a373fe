package org.hugmenow.wellness.mood.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** A check-in as the employee wrote it, already checked for shape; the service checks vocabularies. */
public record MoodInput(int score, List<String> emotions, String note, Map<String, Double> factors,
                        List<String> tags, ZoneId timeZone, Instant recordedAt) {
}
