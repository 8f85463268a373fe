package org.hugmenow.platform.security;

import java.util.Optional;

/**
 * A non-JWT credential a module accepts, such as a SCIM bearer token or a SCIM Basic client.
 * The authentication mechanism asks every verifier before it treats a bearer value as a JWT; the
 * verifier that claims the header decides, so a credential is never tried against two schemes.
 */
public interface CredentialVerifier {

    /** Whether this verifier owns the header; must not touch the database. */
    boolean claims(String requestPath, String authorizationHeader);

    /**
     * The verified caller, with the tenant the credential belongs to; empty when the credential
     * is unknown or revoked.
     */
    Optional<Caller> verify(String authorizationHeader);
}
