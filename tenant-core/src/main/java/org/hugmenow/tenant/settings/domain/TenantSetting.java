package org.hugmenow.tenant.settings.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A tenant-wide setting, such as the hug allowance or the crisis resources shown to employees. */
@Entity
@Table(name = "tenant_setting")
public class TenantSetting {

    @Id
    @Column(name = "setting_key")
    private String name;

    @Column(nullable = false)
    private String value;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected TenantSetting() {
    }

    public TenantSetting(String key, String value, String updatedBy) {
        this.name = key;
        change(value, updatedBy);
    }

    public final void change(String newValue, String by) {
        this.value = newValue;
        this.updatedBy = by;
        this.updatedAt = Instant.now();
    }

    public String key() { return name; }
    public String value() { return value; }
    public String updatedBy() { return updatedBy; }
    public Instant updatedAt() { return updatedAt; }
}
