package org.hugmenow.tenant.settings.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.hugmenow.platform.refusal.Refusal;
import org.hugmenow.platform.tenancy.TenantSlug;
import org.hugmenow.tenant.settings.domain.TenantSetting;
import org.hugmenow.tenant.settings.domain.TenantSettingRepository;

/**
 * Changes to tenant settings, checked against {@link KnownSettings} first: a bad key or value is
 * refused with every problem and nothing is stored. The REST API and the console both write here.
 */
@ApplicationScoped
public class SettingsService {

    @Inject
    TenantSettingRepository settings;

    public List<TenantSetting> all(TenantSlug tenant) {
        return settings.all(tenant);
    }

    public Optional<TenantSetting> find(TenantSlug tenant, String key) {
        return settings.find(tenant, key);
    }

    public TenantSetting put(TenantSlug tenant, String key, String value, String by) {
        List<Refusal.FieldError> problems = KnownSettings.problems(key, value);
        if (!problems.isEmpty()) {
            throw Refusal.invalid(problems);
        }
        return settings.put(tenant, key, value, by);
    }

    public boolean delete(TenantSlug tenant, String key) {
        return settings.delete(tenant, key);
    }
}
