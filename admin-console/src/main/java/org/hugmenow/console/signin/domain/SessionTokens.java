package org.hugmenow.console.signin.domain;

/** What the identity provider handed out at sign-in or refresh; kept sealed on the server. */
public record SessionTokens(String accessToken, String refreshToken, String idToken) {

    @Override
    public String toString() {
        return "SessionTokens[redacted]";
    }
}
