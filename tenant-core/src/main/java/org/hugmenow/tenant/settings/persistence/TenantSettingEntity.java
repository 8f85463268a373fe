package org.hugmenow.tenant.settings.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hugmenow.tenant.settings.domain.TenantSetting;

@Entity(name = "TenantSetting")
@Table(name = "tenant_setting")
class TenantSettingEntity {

    @Id
    @Column(name = "setting_key")
    private String name;

    @Column(nullable = false)
    private String value;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected TenantSettingEntity() {
    }

    TenantSetting toDomain() {
        return new TenantSetting(name, value, updatedBy, updatedAt);
    }
}
