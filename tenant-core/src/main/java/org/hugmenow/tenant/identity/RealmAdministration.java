package org.hugmenow.tenant.identity;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Optional;

/**
 * The port to the identity provider's admin API. Every operation is idempotent, so a
 * provisioning step can be repeated after a crash or an outage.
 */
public interface RealmAdministration {

    boolean realmExists(String keycloakUrl, String realm);

    /**
     * Creates the realm, marked as owned by the tenant. An existing realm of that name counts as
     * done only if it carries the same owner mark; any other realm is never taken over.
     */
    void createRealm(String keycloakUrl, String ownerTenantId, JsonObject realm);

    void deleteRealm(String keycloakUrl, String realm);

    /** Creates the user if absent and returns its id. */
    String ensureUser(String keycloakUrl, String realm, NewUser user);

    void grantRealmRoles(String keycloakUrl, String realm, String userId, List<String> roles);

    void setPassword(String keycloakUrl, String realm, String userId, String password, boolean temporary);

    Optional<String> findUserId(String keycloakUrl, String realm, String username);

    /** Users of the realm, without credentials, for offboarding exports; empty if the realm is gone. */
    List<JsonObject> users(String keycloakUrl, String realm);

    record NewUser(String username, String email, String firstName, String lastName) {
    }
}
