package org.hugmenow.wellness.mood.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.hugmenow.wellness.mood.application.CheckIn;
import org.hugmenow.wellness.mood.domain.CrisisResource;
import org.hugmenow.wellness.mood.domain.MoodEntry;

/** A check-in as its author sees it. {@code crisisResources} is null unless the check-in calls for them. */
public record MoodResponse(String id, int score, List<String> emotions, String note, Map<String, Double> factors, List<String> tags,
                           String timeZone, Instant recordedAt, LocalDate localDate, Instant createdAt, Instant updatedAt,
                           List<CrisisResource> crisisResources) {

    static MoodResponse of(MoodEntry e) {
        return new MoodResponse(e.id().toString(), e.score(), e.emotions(), e.note(), e.factors(), e.tags(), e.timeZone(),
                e.recordedAt(), e.localDate(), e.createdAt(), e.updatedAt(), null);
    }

    static MoodResponse of(CheckIn checkIn) {
        MoodResponse r = of(checkIn.entry());
        return checkIn.crisisResources().isEmpty() ? r : new MoodResponse(r.id, r.score, r.emotions, r.note, r.factors, r.tags,
                r.timeZone, r.recordedAt, r.localDate, r.createdAt, r.updatedAt, checkIn.crisisResources());
    }
}
