package org.hugmenow.console.signin.domain;

import java.util.Optional;

/** The outcome of checking a request's session: valid (with the session), or why there is none. */
public record SessionCheck(Outcome outcome, Optional<ConsoleSession> session) {

    public enum Outcome {
        VALID,
        /** No cookie, or a session id the server does not know (signed out, expired, never issued). */
        NONE,
        /** The session existed and has now ended: idle too long, refresh refused (revoked), tokens unreadable. */
        ENDED,
        /** The tenant is suspended, offboarding or gone. */
        TENANT_UNAVAILABLE,
        /** The person is deactivated in the directory (SCIM active=false, HR sync). */
        PERSON_DEACTIVATED
    }

    public static SessionCheck valid(ConsoleSession session) {
        return new SessionCheck(Outcome.VALID, Optional.of(session));
    }

    public static SessionCheck none(Outcome why) {
        return new SessionCheck(why, Optional.empty());
    }

    public boolean isValid() {
        return outcome == Outcome.VALID;
    }
}
