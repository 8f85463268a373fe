package org.hugmenow.tenant.settings.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.hugmenow.platform.db.TenantEntities;

@ApplicationScoped
public class SettingsEntities implements TenantEntities {
    @Override
    public List<Class<?>> entityClasses() {
        return List.of(TenantSettingEntity.class);
    }
}
