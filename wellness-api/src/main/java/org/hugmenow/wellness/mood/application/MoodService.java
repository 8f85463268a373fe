package org.hugmenow.wellness.mood.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.hugmenow.platform.db.TenantData;
import org.hugmenow.platform.idempotency.IdempotencyKey;
import org.hugmenow.platform.idempotency.IdempotentWrites;
import org.hugmenow.platform.json.Jsons;
import org.hugmenow.platform.tenancy.TenantSlug;
import org.hugmenow.wellness.mood.domain.CrisisSignals;
import org.hugmenow.wellness.mood.domain.EmotionVocabulary;
import org.hugmenow.wellness.mood.domain.FactorDefinition;
import org.hugmenow.wellness.mood.domain.Milestone;
import org.hugmenow.wellness.mood.domain.MoodEntry;
import org.hugmenow.wellness.mood.domain.MoodInput;
import org.hugmenow.wellness.mood.domain.Streak;
import org.hugmenow.wellness.mood.persistence.MilestoneStore;
import org.hugmenow.wellness.mood.persistence.MoodStore;
import org.hugmenow.wellness.mood.persistence.VocabularyStore;
import org.hugmenow.wellness.notification.application.Notifier;
import org.hugmenow.wellness.notification.domain.Notification;
import org.hugmenow.wellness.privacy.application.PrivacyService;
import org.hugmenow.wellness.shared.domain.Page;
import org.hugmenow.platform.refusal.Refusal;

/** Check-ins of one person: only their author ever reaches them through this service. */
@ApplicationScoped
public class MoodService {

    @Inject TenantData data;
    @Inject MoodStore moods;
    @Inject VocabularyStore vocabulary;
    @Inject MilestoneStore milestones;
    @Inject PrivacyService privacy;
    @Inject Notifier notifier;
    @Inject CrisisResources crisis;
    @Inject CheckInEvents events;
    @Inject IdempotentWrites idempotency;

    public CheckIn create(TenantSlug tenant, String personId, MoodInput input) {
        return create(tenant, personId, input, Optional.empty());
    }

    /**
     * With a key, a repeat of the same check-in (an app resending its offline queue) returns the
     * check-in the first one stored, as it is now, and stores nothing.
     */
    public CheckIn create(TenantSlug tenant, String personId, MoodInput input, Optional<IdempotencyKey> key) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        MoodEntry entry = data.inConnection(tenant, c -> {
            String scope = "moods/" + personId;
            Optional<String> first = key.isEmpty() ? Optional.empty() : idempotency.repeatOf(c, scope, key.get(), fingerprint(input));
            if (first.isPresent()) {
                return moods.find(c, tenant, personId, UUID.fromString(first.get())).orElseThrow(() -> Refusal.notFound(
                        "The check-in first made with this Idempotency-Key has been deleted since."));
            }
            MoodEntry e = entry(UUID.randomUUID(), personId, input, zone(c, personId, input), now, now);
            if (key.isPresent()) {
                idempotency.remember(c, scope, key.get(), e.id().toString());
            }
            checkVocabulary(c, personId, input);
            boolean hadEntryThatDay = moods.insert(c, tenant, e);
            events.recorded(c, tenant, personId, e.id());
            if (!hadEntryThatDay) {
                raiseMilestone(c, tenant, personId, e.localDate());
            }
            return e;
        });
        return withCrisisCare(tenant, entry);
    }

    /** What tells two check-in requests apart, without the note's words (only its length) in the record. */
    private static String fingerprint(MoodInput in) {
        return new MoodInput(in.score(), in.emotions(), in.note() == null ? null : "note of " + in.note().length(), in.factors(),
                in.tags(), in.timeZone(), in.recordedAt()).toString();
    }

    public CheckIn update(TenantSlug tenant, String personId, UUID id, MoodInput input) {
        MoodEntry entry = data.inConnection(tenant, c -> {
            MoodEntry existing = moods.find(c, tenant, personId, id).orElseThrow(MoodService::noSuchEntry);
            checkVocabulary(c, personId, input);
            MoodEntry changed = entry(id, personId, input, zone(c, personId, input), existing.createdAt(),
                    Instant.now().truncatedTo(ChronoUnit.MICROS));
            moods.update(c, tenant, changed);
            moods.stamp(c, personId);
            events.changed(c, tenant, personId, id);
            if (!changed.localDate().equals(existing.localDate())) {
                raiseMilestone(c, tenant, personId, changed.localDate());
            }
            return changed;
        });
        return withCrisisCare(tenant, entry);
    }

    public MoodEntry get(TenantSlug tenant, String personId, UUID id) {
        return data.inConnection(tenant, c -> moods.find(c, tenant, personId, id)).orElseThrow(MoodService::noSuchEntry);
    }

    public void delete(TenantSlug tenant, String personId, UUID id) {
        if (!data.inConnection(tenant, c -> {
            boolean deleted = moods.delete(c, personId, id);
            moods.stamp(c, personId);
            if (deleted) {
                events.deleted(c, tenant, personId, id);
            }
            return deleted;
        })) {
            throw noSuchEntry();
        }
    }

    public Page<MoodEntry> history(TenantSlug tenant, String personId, LocalDate from, LocalDate to, Page.Position after, int limit) {
        return data.inConnection(tenant, c -> moods.page(c, tenant, personId, from, to, after, limit));
    }

    public Streak streak(TenantSlug tenant, String personId, ZoneId requested) {
        return data.inConnection(tenant, c -> {
            ZoneId zone = requested != null ? requested : privacy.profile(c, personId).zoneOr(ZoneId.of("UTC"));
            return Streak.of(moods.days(c, personId), LocalDate.now(zone));
        });
    }

    public List<Milestone> milestones(TenantSlug tenant, String personId) {
        return data.inConnection(tenant, c -> milestones.of(c, personId));
    }

    private static MoodEntry entry(UUID id, String personId, MoodInput in, ZoneId zone, Instant createdAt, Instant updatedAt) {
        Instant recordedAt = (in.recordedAt() != null ? in.recordedAt() : updatedAt).truncatedTo(ChronoUnit.MICROS);
        LocalDate localDate = recordedAt.atZone(zone).toLocalDate();
        return new MoodEntry(id, personId, in.score(), in.emotions(), in.note(), in.factors(), in.tags(), recordedAt, localDate,
                zone.getId(), createdAt, updatedAt);
    }

    /** The check-in's own time zone, else the person's, else UTC: the local date decides streaks. */
    private ZoneId zone(Connection c, String personId, MoodInput in) throws SQLException {
        return in.timeZone() != null ? in.timeZone() : privacy.profile(c, personId).zoneOr(ZoneId.of("UTC"));
    }

    private void checkVocabulary(Connection c, String personId, MoodInput input) throws SQLException {
        List<Refusal.FieldError> errors = new ArrayList<>();
        Set<String> custom = new HashSet<>();
        if (!input.emotions().stream().allMatch(EmotionVocabulary::isStandard)) {
            vocabulary.customEmotions(c, personId).forEach(e -> custom.add(e.name()));
        }
        for (int i = 0; i < input.emotions().size(); i++) {
            String name = input.emotions().get(i);
            if (!EmotionVocabulary.isStandard(name) && !custom.contains(name)) {
                errors.add(new Refusal.FieldError("emotions[" + i + "]", "'" + name + "' is not in the emotion vocabulary (GET /api/v1/emotions)"));
            }
        }
        List<FactorDefinition> known = new ArrayList<>(FactorDefinition.BUILTIN);
        if (!input.factors().keySet().stream().allMatch(k -> FactorDefinition.BUILTIN.stream().anyMatch(f -> f.key().equals(k)))) {
            known.addAll(vocabulary.factors(c, personId));
        }
        input.factors().forEach((key, value) -> {
            FactorDefinition definition = known.stream().filter(f -> f.key().equals(key)).findFirst().orElse(null);
            String problem = definition == null ? "is not a known factor (GET /api/v1/moods/factors)" : definition.check(value);
            if (problem != null) {
                errors.add(new Refusal.FieldError("factors." + key, problem));
            }
        });
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors);
        }
    }

    /**
     * A new day with a check-in may complete (or, filling a gap, join) a run of days; every
     * milestone the run now reaches is raised once.
     */
    private void raiseMilestone(Connection c, TenantSlug tenant, String personId, LocalDate day) throws SQLException {
        TreeSet<LocalDate> days = new TreeSet<>(moods.days(c, personId));
        LocalDate last = day;
        while (days.contains(last.plusDays(1))) {
            last = last.plusDays(1);
        }
        int length = Streak.endingOn(days, last);
        for (int milestone : Streak.MILESTONES) {
            if (milestone <= length && milestones.reach(c, personId, milestone)) {
                notifier.notify(c, tenant, personId, Notification.STREAK_MILESTONE, null, Jsons.object()
                        .add("days", milestone).add("date", last.toString()).build());
            }
        }
    }

    private CheckIn withCrisisCare(TenantSlug tenant, MoodEntry entry) {
        if (!CrisisSignals.present(entry.score(), entry.note())) {
            return new CheckIn(entry, List.of());
        }
        // One transaction for the person's country and the tenant's crisis settings.
        return new CheckIn(entry, data.inConnection(tenant, c -> crisis.forCountry(c, privacy.profile(c, entry.personId()).country())));
    }

    static Refusal noSuchEntry() {
        return Refusal.notFound("There is no such check-in of yours.");
    }
}
