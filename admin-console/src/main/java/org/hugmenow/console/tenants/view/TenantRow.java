package org.hugmenow.console.tenants.view;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/** One tenant as the operators' list shows it; {@code people} is null where it cannot be counted (no schema yet or not serving). */
public record TenantRow(String slug, String name, String status, String plan, Long people, Instant createdAt, String lastError,
                        Set<String> completedSteps) implements Serializable {

    public boolean isActive() {
        return "active".equals(status);
    }

    public boolean isSuspended() {
        return "suspended".equals(status);
    }

    public boolean isRetryable() {
        return "provisioning".equals(status) || "offboarding".equals(status);
    }

    public boolean isOffboardable() {
        return "active".equals(status) || "suspended".equals(status) || "provisioning".equals(status);
    }
}
