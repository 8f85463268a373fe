package org.hugmenow.tenant.provisioning.api;

import java.time.Instant;

/** Returned once, on creation: the set-password link is never shown again. */
public record TenantCreatedResponse(TenantResponse tenant, InitialAdmin initialAdmin) {

    public record InitialAdmin(String username, String setPasswordUrl, Instant linkExpiresAt) {
    }
}
