package org.hugmenow.wellness.connection.domain;

/** Someone the person may want to connect with, and why. */
public record Suggestion(String personId, String displayName, boolean sameTeam, int mutualCount) {

    public String reason() {
        return sameTeam ? "same-team" : "mutual-connections";
    }
}
