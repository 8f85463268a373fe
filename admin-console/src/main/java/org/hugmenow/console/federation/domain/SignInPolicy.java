package org.hugmenow.console.federation.domain;

import java.util.Optional;

/** Who may sign in through a company provider: people the directory holds, or anyone it vouches for. */
public enum SignInPolicy {
    /** The first sign-in links to a person provisioned by SCIM or an HR connector, never creates one. */
    DIRECTORY("directory"),
    /** Unknown people are created as employees and registered in the directory at their first sign-in. */
    JUST_IN_TIME("just-in-time");

    private final String wire;

    SignInPolicy(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    public static Optional<SignInPolicy> parse(String wire) {
        for (SignInPolicy p : values()) {
            if (p.wire.equals(wire)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
