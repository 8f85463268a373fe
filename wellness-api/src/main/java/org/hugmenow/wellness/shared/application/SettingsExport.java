package org.hugmenow.wellness.shared.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hugmenow.platform.db.TenantData;
import org.hugmenow.platform.me.PersonalData;
import org.hugmenow.platform.tenancy.TenantSlug;

/**
 * The one settings file of a person's wellness export, gathered from every feature's
 * {@link PersonalSettings} in one transaction. It holds no data of its own, so erasing is left
 * to the features.
 */
@ApplicationScoped
public class SettingsExport implements PersonalData {

    /** The file's key order, kept stable for people who compare exports; keys not listed follow in name order. */
    private static final List<String> KEY_ORDER = List.of("customEmotions", "factors", "blocks", "notificationPreferences", "streakMilestones");

    @Inject TenantData data;
    @Inject Instance<PersonalSettings> features;

    @Override
    public void export(TenantSlug tenant, String personId, ExportFiles files) throws IOException {
        Map<String, Object> settings = data.inConnection(tenant, c -> {
            Map<String, Object> all = new LinkedHashMap<>();
            for (PersonalSettings feature : features) {
                all.putAll(feature.settings(c, personId));
            }
            return all;
        });
        Map<String, Object> ordered = new LinkedHashMap<>();
        settings.keySet().stream().sorted(Comparator.comparingInt(SettingsExport::rank).thenComparing(Comparator.naturalOrder()))
                .forEach(key -> ordered.put(key, settings.get(key)));
        WellnessExport.json(files, "settings.json", ordered);
    }

    @Override
    public void erase(TenantSlug tenant, String personId) {
        // Every entry is erased by the feature that keeps it.
    }

    private static int rank(String key) {
        int i = KEY_ORDER.indexOf(key);
        return i < 0 ? KEY_ORDER.size() : i;
    }
}
