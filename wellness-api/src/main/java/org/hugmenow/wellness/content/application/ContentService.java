package org.hugmenow.wellness.content.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hugmenow.platform.db.TenantData;
import org.hugmenow.platform.tenancy.TenantSlug;
import org.hugmenow.wellness.content.domain.ContentItem;
import org.hugmenow.wellness.content.domain.Recommendation;
import org.hugmenow.wellness.content.domain.RecommendationRules;
import org.hugmenow.wellness.content.persistence.ContentStore;
import org.hugmenow.wellness.mood.domain.MoodEntry;
import org.hugmenow.wellness.mood.application.MoodReadings;
import org.hugmenow.platform.refusal.Refusal;

@ApplicationScoped
public class ContentService {

    @Inject TenantData data;
    @Inject ContentStore store;
    @Inject MoodReadings moods;

    /** The global catalogue followed by the tenant's own items, optionally of one kind. */
    public List<ContentItem> catalogue(TenantSlug tenant, String kind) {
        List<ContentItem> all = new ArrayList<>(store.global());
        all.addAll(data.inConnection(tenant, store::tenantItems));
        return kind == null ? all : all.stream().filter(i -> i.kind().equals(kind)).toList();
    }

    public ContentItem get(TenantSlug tenant, UUID id) {
        return catalogue(tenant, null).stream().filter(i -> i.id().equals(id)).findFirst()
                .orElseThrow(() -> Refusal.notFound("There is no such content item."));
    }

    public ContentItem add(TenantSlug tenant, ContentItem item) {
        data.inConnection(tenant, c -> {
            store.insert(c, item);
            return null;
        });
        return item;
    }

    public void delete(TenantSlug tenant, UUID id) {
        if (!data.inConnection(tenant, c -> store.delete(c, id))) {
            throw Refusal.notFound("There is no such item of your organization's (global items cannot be removed).");
        }
    }

    /** Drawn from the person's check-ins of the last 14 days, with the reason for each. */
    public List<Recommendation> recommendations(TenantSlug tenant, String personId) {
        List<MoodEntry> recent = data.inConnection(tenant, c -> moods.recentWithoutNotes(c, personId, Instant.now().truncatedTo(ChronoUnit.MICROS).minus(Duration.ofDays(14))));
        var summary = new RecommendationRules.Recent(recent.size(),
                recent.stream().mapToInt(MoodEntry::score).average(),
                recent.stream().filter(e -> e.factors().containsKey("sleepHours")).mapToDouble(e -> e.factors().get("sleepHours")).average(),
                recent.stream().filter(e -> e.factors().containsKey("exerciseMinutes")).mapToDouble(e -> e.factors().get("exerciseMinutes")).average(),
                recent.stream().filter(e -> e.emotions().stream().anyMatch(RecommendationRules::tense)).count());
        return RecommendationRules.pick(RecommendationRules.kinds(summary), catalogue(tenant, null), 2);
    }
}
