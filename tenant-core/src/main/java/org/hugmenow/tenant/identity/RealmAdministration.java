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

    /**
     * Creates, in one request, the users that do not exist yet, under their own ids and with the
     * employee role. A user whose username or email is taken already is skipped, so a repeated
     * import changes nothing.
     *
     * @throws UserRefused if Keycloak rejects the data of any user; then none is created
     */
    void importUsers(String keycloakUrl, String realm, List<ImportedUser> users);

    /**
     * Sets email, names and enabled as given (null fields keep Keycloak's value); the username is
     * never sent, since a realm may forbid changing it. Returns false if there is no such user.
     *
     * @throws UserRefused if Keycloak rejects the data, for example an email another user has
     */
    boolean updateUser(String keycloakUrl, String realm, ImportedUser user);

    /** Ends all of the user's sessions; a user who no longer exists has none. */
    void logoutUser(String keycloakUrl, String realm, String userId);

    void deleteUser(String keycloakUrl, String realm, String userId);

    /**
     * Turns off direct access grants (the OAuth password grant, which bypasses the browser flow
     * and any MFA the tenant sets up) on every client of the realm, Keycloak's built-in
     * {@code admin-cli} included, except the clients named in {@code allowed}. Returns the
     * client ids it changed; none if the realm does not exist. Repeating it changes nothing.
     */
    List<String> disablePasswordGrants(String keycloakUrl, String realm, java.util.Set<String> allowed);

    /** Creates the client unless one with its client id exists; true if it was created, false if it existed or the realm is gone. */
    boolean ensureClient(String keycloakUrl, String realm, JsonObject client);

    record NewUser(String username, String email, String firstName, String lastName) {
    }

    /** A directory person as a realm user; {@code id} is both the person's id and the user's. */
    record ImportedUser(String id, String username, String email, String firstName, String lastName, boolean enabled) {
    }

    /**
     * Keycloak answered 400 or 409 to a user's data: sending the same data again will fail again,
     * unlike {@link IdentityProviderUnavailable}.
     */
    class UserRefused extends RuntimeException {

        private final int status;

        public UserRefused(int status, String message) {
            super(message);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }
}
