package org.hugmenow.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.hugmenow.platform.security.internal.AuthenticationFailure;
import org.hugmenow.platform.security.internal.TokenVerifier;

/**
 * The bearer-token check for code that holds a token itself rather than receiving it in a header
 * (the console's server-side sessions): the same issuer allow-list, keys, audience and role
 * filtering as every API request, so there is one rule for what a token may do.
 */
@ApplicationScoped
public class AccessTokens {

    @Inject
    TokenVerifier verifier;

    /** The caller the token stands for; empty when it is invalid, expired, of an unknown issuer or of a tenant that does not serve. */
    public Optional<Caller> verify(String accessToken) {
        try {
            return Optional.of(verifier.verify(accessToken));
        } catch (AuthenticationFailure refused) {
            return Optional.empty();
        }
    }
}
