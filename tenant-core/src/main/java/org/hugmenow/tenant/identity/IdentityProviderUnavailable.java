package org.hugmenow.tenant.identity;

/** Keycloak could not be reached or answered with a server error; the call may be retried. */
public class IdentityProviderUnavailable extends RuntimeException {
    public IdentityProviderUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
