package org.hugmenow.tenant.provisioning.api;

import java.time.Instant;

public record AuditEntryResponse(String action, String actor, String detail, Instant at) {
}
