package org.hugmenow.tenant.settings.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.hugmenow.platform.refusal.Refusal;
import org.hugmenow.platform.tenancy.TenantSlug;
import org.hugmenow.platform.db.TenantData;
import org.hugmenow.tenant.audit.application.SecurityAudit;
import org.hugmenow.tenant.settings.domain.TenantSetting;
import org.hugmenow.tenant.settings.persistence.TenantSettingStore;
import org.hugmenow.tenant.settings.domain.TenantSettingRepository;

/**
 * Changes to tenant settings, checked against {@link KnownSettings} first: a bad key or value is
 * refused with every problem and nothing is stored. The REST API and the console both write here.
 */
@ApplicationScoped
public class SettingsService {

    @Inject
    TenantSettingRepository settings;

    @Inject
    TenantSettingStore store;

    @Inject
    TenantData data;

    @Inject
    SecurityAudit audit;

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
        return store(tenant, key, value, by);
    }

    /**
     * The API's write: a known key gets its value rules ({@link #put}); a key nothing reads is
     * stored as given (its shape checked by the caller), as the API has always accepted. Audited.
     */
    public TenantSetting putAnyKey(TenantSlug tenant, String key, String value, String by) {
        if (KnownSettings.kindOf(key).isPresent()) {
            return put(tenant, key, value, by);
        }
        return store(tenant, key, value, by);
    }

    private TenantSetting store(TenantSlug tenant, String key, String value, String by) {
        return data.inConnection(tenant, c -> {
            TenantSetting stored = store.put(c, key, value, by);
            audit.record(c, by, "setting.changed", key);
            return stored;
        });
    }

    /** Removes a setting (its default applies again); false when it was not set. */
    public boolean delete(TenantSlug tenant, String key, String by) {
        return data.inConnection(tenant, c -> {
            boolean removed = store.delete(c, key);
            if (removed) {
                audit.record(c, by, "setting.removed", key);
            }
            return removed;
        });
    }
}
