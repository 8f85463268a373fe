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

    /** What HR enters for a new item of the organization's; validated by {@link #add(TenantSlug, NewItem)}. */
    public record NewItem(String kind, String title, String summary, String body, Integer minutes) {
    }

    /**
     * Adds an item of the organization's after checking every field (all problems at once), the
     * one set of rules for the API and the console.
     */
    public ContentItem add(TenantSlug tenant, NewItem r) {
        List<Refusal.FieldError> errors = new ArrayList<>();
        if (r.kind() == null || !ContentItem.KINDS.contains(r.kind())) {
            errors.add(new Refusal.FieldError("kind", "must be one of " + ContentItem.KINDS));
        }
        text(r.title(), "title", 120, errors);
        text(r.summary(), "summary", 300, errors);
        text(r.body(), "body", 10_000, errors);
        if (r.minutes() == null || r.minutes() < 1 || r.minutes() > 240) {
            errors.add(new Refusal.FieldError("minutes", "must be from 1 to 240"));
        }
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors);
        }
        return add(tenant, new ContentItem(UUID.randomUUID(), r.kind(), r.title().strip(), r.summary().strip(),
                r.body().strip(), r.minutes(), false));
    }

    private static void text(String value, String field, int max, List<Refusal.FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new Refusal.FieldError(field, "is required"));
        } else if (value.length() > max) {
            errors.add(new Refusal.FieldError(field, "must be at most " + max + " characters"));
        }
    }

    /** The tenant's own items only (what HR can remove). */
    public List<ContentItem> ownItems(TenantSlug tenant) {
        return data.inConnection(tenant, store::tenantItems);
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
