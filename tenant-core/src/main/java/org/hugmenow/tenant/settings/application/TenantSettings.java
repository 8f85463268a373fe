package org.hugmenow.tenant.settings.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.Optional;
import org.hugmenow.tenant.settings.domain.TenantSetting;
import org.hugmenow.tenant.settings.persistence.TenantSettingStore;

/**
 * Tenant settings for other features' services that read them inside their own unit of work:
 * they pass the connection {@code TenantData} handed them, and the read joins that transaction.
 * (Reads and writes in a unit of their own go through {@code TenantSettingRepository}.)
 */
@ApplicationScoped
public class TenantSettings {

    @Inject
    TenantSettingStore store;

    public Optional<TenantSetting> find(Connection connection, String key) {
        return store.find(connection, key);
    }
}
