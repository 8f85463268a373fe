package org.hugmenow.tenant.settings.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.hugmenow.platform.db.TenantData;
import org.hugmenow.tenant.registry.domain.TenantSlug;
import org.hugmenow.tenant.settings.domain.TenantSetting;
import org.hugmenow.tenant.settings.domain.TenantSettingRepository;

@ApplicationScoped
public class HibernateTenantSettingRepository implements TenantSettingRepository {

    @Inject
    TenantData data;

    @Override
    public List<TenantSetting> all(TenantSlug tenant) {
        return data.inTransaction(tenant, session ->
                session.createSelectionQuery("from TenantSetting s order by s.name", TenantSettingEntity.class).getResultList()
                        .stream().map(TenantSettingEntity::toDomain).toList());
    }

    @Override
    public Optional<TenantSetting> find(TenantSlug tenant, String key) {
        return data.inTransaction(tenant, session -> Optional.ofNullable(session.find(TenantSettingEntity.class, key)).map(TenantSettingEntity::toDomain));
    }

    @Override
    public TenantSetting put(TenantSlug tenant, String key, String value, String by) {
        return data.inTransaction(tenant, session -> {
            TenantSettingEntity setting = session.find(TenantSettingEntity.class, key);
            if (setting == null) {
                setting = new TenantSettingEntity(key, value, by);
                session.persist(setting);
            } else {
                setting.change(value, by);
            }
            return setting.toDomain();
        });
    }

    @Override
    public boolean delete(TenantSlug tenant, String key) {
        return data.inTransaction(tenant, session -> {
            TenantSettingEntity setting = session.find(TenantSettingEntity.class, key);
            if (setting != null) {
                session.remove(setting);
            }
            return setting != null;
        });
    }
}
