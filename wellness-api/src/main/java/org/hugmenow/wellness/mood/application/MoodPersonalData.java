package org.hugmenow.wellness.mood.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.hugmenow.platform.tenancy.TenantSlug;
import org.hugmenow.wellness.mood.domain.MoodEntry;
import org.hugmenow.wellness.mood.persistence.MilestoneStore;
import org.hugmenow.wellness.mood.persistence.MoodStore;
import org.hugmenow.wellness.mood.persistence.VocabularyStore;
import org.hugmenow.wellness.shared.application.PersonalSettings;
import org.hugmenow.wellness.shared.application.WellnessExport;
import org.hugmenow.wellness.shared.application.WellnessPersonalData;

/**
 * "My data" of moods: every check-in with its note decrypted (JSON and CSV), the person's own
 * emotions and factors and the milestones they reached; erasure takes all of them.
 */
@ApplicationScoped
public class MoodPersonalData extends WellnessPersonalData implements PersonalSettings {

    @Inject MoodStore moods;
    @Inject VocabularyStore vocabulary;
    @Inject MilestoneStore milestones;
    @Inject CheckInEvents events;

    @Override
    public void export(TenantSlug tenant, String personId, ExportFiles files) throws IOException {
        List<MoodEntry> entries = data.inConnection(tenant,
                c -> moods.page(c, tenant, personId, null, null, null, Integer.MAX_VALUE - 1).items());
        WellnessExport.json(files, "moods.json", entries);
        WellnessExport.file(files, "moods.csv", csv(entries));
    }

    @Override
    public Map<String, Object> settings(Connection c, String personId) throws SQLException {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("customEmotions", vocabulary.customEmotions(c, personId));
        settings.put("factors", vocabulary.factors(c, personId).stream().filter(d -> d.scope().name().equals("PERSONAL")).toList());
        settings.put("streakMilestones", milestones.of(c, personId).stream()
                .map(m -> Map.of("days", m.days(), "reachedAt", m.reachedAt().toString())).toList());
        return settings;
    }

    @Override
    protected void erase(Connection c, TenantSlug tenant, String personId) throws SQLException {
        moods.deleteAll(c, personId);
        events.erased(c, tenant, personId);
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
