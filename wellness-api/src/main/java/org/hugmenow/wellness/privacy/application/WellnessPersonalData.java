package org.hugmenow.wellness.privacy.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.hugmenow.platform.db.Sql;
import org.hugmenow.platform.db.TenantData;
import org.hugmenow.platform.me.PersonalData;
import org.hugmenow.platform.tenancy.TenantSlug;
import org.hugmenow.wellness.connection.persistence.ConnectionStore;
import org.hugmenow.wellness.hug.persistence.HugRequestStore;
import org.hugmenow.wellness.hug.persistence.HugStore;
import org.hugmenow.wellness.mood.domain.MoodEntry;
import org.hugmenow.wellness.mood.persistence.MoodStore;
import org.hugmenow.wellness.mood.persistence.VocabularyStore;
import org.hugmenow.wellness.notification.application.LiveNotifications;
import org.hugmenow.wellness.notification.persistence.NotificationStore;
import org.hugmenow.wellness.privacy.persistence.ProfileStore;

/** The wellness part of "my data": everything about the person, notes decrypted; and its erasure. */
@ApplicationScoped
public class WellnessPersonalData implements PersonalData {

    private static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig().withFormatting(true));

    @Inject TenantData data;
    @Inject MoodStore moods;
    @Inject VocabularyStore vocabulary;
    @Inject HugStore hugs;
    @Inject HugRequestStore requests;
    @Inject ConnectionStore connections;
    @Inject NotificationStore notifications;
    @Inject ProfileStore profiles;

    @Override
    public void export(TenantSlug tenant, String personId, ExportFiles files) throws IOException {
        Map<String, byte[]> out = data.inConnection(tenant, c -> {
            Map<String, byte[]> f = new LinkedHashMap<>();
            List<MoodEntry> entries = moods.page(c, tenant, personId, null, null, null, Integer.MAX_VALUE - 1).items();
            f.put("profile.json", json(profiles.find(c, personId)));
            f.put("moods.json", json(entries));
            f.put("moods.csv", csv(entries));
            f.put("hugs.json", json(hugs.allOf(c, personId)));
            f.put("hug-requests-sent.json", json(requests.list(c, personId, true)));
            f.put("hug-requests-received.json", json(requests.list(c, personId, false)));
            f.put("connections.json", json(connections.of(c, personId)));
            f.put("notifications.json", json(notifications.all(c, personId)));
            Map<String, Object> settings = new LinkedHashMap<>();
            settings.put("customEmotions", vocabulary.customEmotions(c, personId));
            settings.put("factors", vocabulary.factors(c, personId).stream().filter(d -> d.scope().name().equals("PERSONAL")).toList());
            settings.put("blocks", hugs.blocks(c, personId));
            settings.put("notificationPreferences", notifications.preferences(c, personId));
            settings.put("streakMilestones", Sql.list(c, "SELECT days, reached_at FROM streak_milestone WHERE person_id = ? ORDER BY days",
                    r -> Map.of("days", r.getInt(1), "reachedAt", Sql.instant(r, "reached_at").toString()), personId));
            f.put("settings.json", json(settings));
            return f;
        });
        for (var file : out.entrySet()) {
            files.add("wellness/" + file.getKey(), file.getValue());
        }
    }

    @Override
    public void erase(TenantSlug tenant, String personId) {
        data.inConnection(tenant, c -> {
            moods.deleteAll(c, personId);
            hugs.deleteAll(c, personId);
            requests.deleteAll(c, personId);
            connections.deleteAll(c, personId);
            notifications.deleteAll(c, personId);
            // An open stream would go on delivering to the erased person: end it, on every instance, on commit.
            LiveNotifications.endStreamsOnCommit(c, tenant, personId);
            profiles.delete(c, personId);
            Sql.update(c, "UPDATE person SET display_name = NULL WHERE id = ?", personId);
            // Pending events that still carry this person's words or id (notifications, held hugs).
            Sql.update(c, "DELETE FROM outbox_event WHERE processed_at IS NULL AND payload LIKE ?", "%\"" + personId + "\"%");
            return null;
        });
    }

    private static byte[] json(Object value) {
        return JSON.toJson(value).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] csv(List<MoodEntry> entries) {
        StringWriter text = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(text, CSVFormat.RFC4180.builder().setHeader("id", "recordedAt", "localDate", "timeZone", "score",
                "emotions", "tags", "factors", "note").build())) {
            for (MoodEntry e : entries) {
                csv.printRecord(e.id(), e.recordedAt(), e.localDate(), e.timeZone(), e.score(), String.join(";", e.emotions()),
                        String.join(";", e.tags()), e.factors().toString(), e.note());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
