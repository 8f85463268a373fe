package org.hugmenow.tenant.settings.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hugmenow.platform.db.TenantData;
import org.hugmenow.platform.tenancy.TenantSlug;
import org.hugmenow.tenant.settings.domain.TenantSetting;
import org.hugmenow.tenant.settings.domain.TenantSettingRepository;

/** Settings through Hibernate, on the connection of a {@link TenantData} unit of work. */
@ApplicationScoped
public class TenantSettingStore implements TenantSettingRepository {

    @Inject
    TenantData data;

    @Override
    public List<TenantSetting> all(TenantSlug tenant) {
        return data.inSession(tenant, session ->
                session.createSelectionQuery("from TenantSetting s order by s.name", TenantSettingEntity.class).getResultList()
                        .stream().map(TenantSettingEntity::toDomain).toList());
    }

    @Override
    public Optional<TenantSetting> find(TenantSlug tenant, String key) {
        return data.inConnection(tenant, connection -> find(connection, key));
    }

    /**
     * Reads a setting in the caller's unit of work (the connection {@link TenantData} handed it),
     * for reads that belong in one transaction with the caller's own, such as a check-in's crisis resources.
     */
    public Optional<TenantSetting> find(Connection connection, String key) {
        return Optional.ofNullable(data.session(connection).find(TenantSettingEntity.class, key)).map(TenantSettingEntity::toDomain);
    }

    /**
     * One upsert statement: find-then-insert let two concurrent first writes of a key both insert,
     * and the loser failed on the primary key.
     */
    @Override
    public TenantSetting put(TenantSlug tenant, String key, String value, String by) {
        return data.inConnection(tenant, c -> put(c, key, value, by));
    }

    /** In the caller's unit of work, so an audit entry written beside it commits with it. */
    public TenantSetting put(java.sql.Connection connection, String key, String value, String by) {
        var session = data.session(connection);
        {
            session.createNativeMutationQuery("""
                    insert into tenant_setting (setting_key, value, updated_by, updated_at) values (:key, :value, :by, :at)
                    on conflict (setting_key) do update set value = excluded.value, updated_by = excluded.updated_by,
                        updated_at = excluded.updated_at""")
                    .setParameter("key", key).setParameter("value", value).setParameter("by", by)
                    .setParameter("at", Instant.now()).executeUpdate();
            return session.find(TenantSettingEntity.class, key).toDomain();
        }
    }

    @Override
    public boolean delete(TenantSlug tenant, String key) {
        return data.inConnection(tenant, c -> delete(c, key));
    }

    /** In the caller's unit of work. */
    public boolean delete(java.sql.Connection connection, String key) {
        var session = data.session(connection);
        {
            TenantSettingEntity setting = session.find(TenantSettingEntity.class, key);
            if (setting != null) {
                session.remove(setting);
            }
            return setting != null;
        }
    }
}
