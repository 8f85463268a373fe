package org.hugmenow.tenant.settings.domain;

import java.util.List;
import java.util.Optional;
import org.hugmenow.platform.tenancy.TenantSlug;

public interface TenantSettingRepository {

    List<TenantSetting> all(TenantSlug tenant);

    Optional<TenantSetting> find(TenantSlug tenant, String key);

    TenantSetting put(TenantSlug tenant, String key, String value, String by);

    boolean delete(TenantSlug tenant, String key);
}
