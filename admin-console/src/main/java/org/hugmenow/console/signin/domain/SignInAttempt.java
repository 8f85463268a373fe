package org.hugmenow.console.signin.domain;

import java.time.Instant;

/**
 * One authorization request in flight, between the redirect to the identity provider and its
 * callback: the values that bind the answer to this browser ({@code state}), to this request
 * ({@code nonce}, in the ID token) and to this client ({@code codeVerifier}, PKCE). {@code tenantSlug}
 * is empty for the platform realm.
 */
public record SignInAttempt(String state, String nonce, String codeVerifier, String issuer, String tenantSlug,
                            Instant expiresAt) {

    public boolean isPlatform() {
        return tenantSlug.isEmpty();
    }

    @Override
    public String toString() {
        return "SignInAttempt[" + issuer + "]";
    }
}
