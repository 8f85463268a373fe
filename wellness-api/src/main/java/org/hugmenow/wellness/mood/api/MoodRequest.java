package org.hugmenow.wellness.mood.api;

import java.time.DateTimeException;
import org.hugmenow.platform.web.MultilineText;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hugmenow.platform.web.Validation;
import org.hugmenow.wellness.mood.domain.MoodInput;

/** A check-in as sent by a client. Shape checks live here; vocabularies are checked by the service. */
public record MoodRequest(Integer score, List<String> emotions, @MultilineText String note, Map<String, Double> factors, List<String> tags,
                          String timeZone, String recordedAt) {

    static final int MAX_EMOTIONS = 5;
    static final int MAX_NOTE = 2000;
    static final int MAX_TAGS = 10;
    static final int MAX_TAG = 40;

    MoodInput validated(ZoneId fallbackZone) {
        Validation v = new Validation();
        v.require(score != null && score >= 1 && score <= 5, "score", "must be a whole number from 1 to 5");
        List<String> emotionList = emotions == null ? List.of() : emotions;
        v.require(emotionList.size() <= MAX_EMOTIONS, "emotions", "must hold at most " + MAX_EMOTIONS + " emotions");
        v.require(emotionList.stream().noneMatch(e -> e == null || e.isBlank()), "emotions", "must not hold empty names");
        v.require(emotionList.stream().distinct().count() == emotionList.size(), "emotions", "must not repeat an emotion");
        v.require(note == null || note.length() <= MAX_NOTE, "note", "must be at most " + MAX_NOTE + " characters");
        List<String> tagList = tags == null ? List.of() : tags;
        v.require(tagList.size() <= MAX_TAGS, "tags", "must hold at most " + MAX_TAGS + " tags");
        v.require(tagList.stream().allMatch(t -> t != null && !t.isBlank() && t.length() <= MAX_TAG), "tags",
                "each tag must be 1 to " + MAX_TAG + " characters");
        Map<String, Double> factorMap = factors == null ? Map.of() : factors;
        v.require(factorMap.size() <= 20, "factors", "must hold at most 20 factors");
        factorMap.forEach((k, value) -> v.require(value != null && Double.isFinite(value), "factors." + k, "must be a number"));
        ZoneId zone = zone(v, fallbackZone);
        Instant at = instant(v);
        v.throwIfInvalid();
        return new MoodInput(score, emotionList.stream().map(e -> e.strip().toLowerCase(java.util.Locale.ROOT)).toList(), note == null || note.isEmpty() ? null : note,
                new LinkedHashMap<>(factorMap), new ArrayList<>(tagList.stream().map(String::strip).distinct().toList()), zone, at);
    }

    private ZoneId zone(Validation v, ZoneId fallback) {
        if (timeZone == null) {
            return fallback; // the service then uses the person's own time zone
        }
        try {
            return ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            v.add("timeZone", "must be an IANA time zone such as Europe/Berlin");
            return fallback;
        }
    }

    private Instant instant(Validation v) {
        if (recordedAt == null) {
            return null;
        }
        try {
            Instant at = OffsetDateTime.parse(recordedAt).toInstant();
            v.require(!at.isAfter(Instant.now().plusSeconds(120)), "recordedAt", "must not be in the future");
            v.require(at.isAfter(Instant.now().minus(java.time.Duration.ofDays(3660))), "recordedAt", "must be within the last ten years");
            return at;
        } catch (DateTimeException e) {
            v.add("recordedAt", "must be an ISO-8601 date-time with an offset, such as 2026-11-26T08:30:00Z");
            return null;
        }
    }
}
