package org.hugmenow.tenant.settings.domain;

import java.time.Instant;

/** A tenant-wide setting, such as the hug allowance or the crisis resources shown to employees. */
public record TenantSetting(String key, String value, String updatedBy, Instant updatedAt) {
}
