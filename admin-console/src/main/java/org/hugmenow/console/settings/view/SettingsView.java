package org.hugmenow.console.settings.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hugmenow.console.shared.Messages;
import org.hugmenow.console.signin.application.SignedInUser;
import org.hugmenow.platform.refusal.Refusal;
import org.hugmenow.platform.security.Roles;
import org.hugmenow.tenant.settings.application.KnownSettings;
import org.hugmenow.tenant.settings.application.SettingsService;
import org.hugmenow.tenant.settings.domain.TenantSetting;

/**
 * The settings the product reads, with what each means, its current value and a form to change
 * it; a bad value is refused by {@link SettingsService} (the API's rules) and shown beside its key.
 */
@Named("settingsView")
@RequestScoped
public class SettingsView {

    @Inject SettingsService settings;
    @Inject SignedInUser user;

    private final Map<String, String> drafts = new HashMap<>();
    private final Map<String, String> errors = new HashMap<>();

    /** A known key as the page shows it. */
    public record Row(String key, String description, String value, String updatedBy) {
    }

    public List<Row> getRows() {
        user.require(Roles.HR_ADMIN, Roles.IT_ADMIN);
        Map<String, TenantSetting> stored = settings.all(user.slug()).stream()
                .collect(Collectors.toMap(TenantSetting::key, s -> s, (a, b) -> a, LinkedHashMap::new));
        List<String> keys = new ArrayList<>(List.of(KnownSettings.HUG_ALLOWANCE, KnownSettings.DEPROVISIONING,
                KnownSettings.CRISIS_RESOURCES));
        stored.keySet().stream().filter(k -> k.startsWith(KnownSettings.CRISIS_RESOURCES_PREFIX)
                && KnownSettings.kindOf(k).isPresent()).sorted().forEach(keys::add);
        return keys.stream().map(k -> {
            TenantSetting s = stored.get(k);
            return new Row(k, KnownSettings.kindOf(k).orElseThrow().description(), s == null ? null : s.value(),
                    s == null ? null : s.updatedBy());
        }).toList();
    }

    public void save(String key) {
        user.require(Roles.HR_ADMIN, Roles.IT_ADMIN);
        try {
            String value = drafts.get(key);
            settings.put(user.slug(), key, value == null ? null : value.strip(), user.getUsername());
            Messages.info("settings.saved", key);
            drafts.remove(key);
        } catch (Refusal refusal) {
            errors.put(key, refusal.errors().stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; ")));
            Messages.refused(refusal);
        }
    }

    public Map<String, String> getDrafts() {
        return drafts;
    }

    public Map<String, String> getErrors() {
        return errors;
    }
}
