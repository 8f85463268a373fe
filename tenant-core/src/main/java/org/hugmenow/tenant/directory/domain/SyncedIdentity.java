package org.hugmenow.tenant.directory.domain;

/**
 * A person pushed to the identity provider: the row {@code version} that was read and pushed,
 * and whether the provider now has the user ({@code created}).
 */
public record SyncedIdentity(String personId, long version, boolean created) {
}
