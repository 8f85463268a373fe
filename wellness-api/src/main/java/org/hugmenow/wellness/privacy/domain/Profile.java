package org.hugmenow.wellness.privacy.domain;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.Instant;

/** A person's wellness preferences. Quiet hours may wrap midnight (22:00–07:00). */
public record Profile(String personId, String displayName, String pseudonym, boolean usePseudonym, Sharing defaultSharing, ZoneId timeZone,
                      String country, LocalTime quietStart, LocalTime quietEnd) {

    public static Profile defaults(String personId) {
        return new Profile(personId, null, null, false, Sharing.NONE, null, null, null, null);
    }

    /** The name colleagues see, or null for the directory's name. */
    public String shownName() {
        if (usePseudonym && pseudonym != null && !pseudonym.isBlank()) {
            return pseudonym;
        }
        return displayName == null || displayName.isBlank() ? null : displayName;
    }

    public ZoneId zoneOr(ZoneId fallback) {
        return timeZone != null ? timeZone : fallback;
    }

    /** When quiet hours in force at {@code now} end, or null if they are not in force. */
    public Instant quietUntil(Instant now) {
        if (quietStart == null || quietEnd == null || quietStart.equals(quietEnd)) {
            return null;
        }
        ZonedDateTime local = now.atZone(zoneOr(ZoneId.of("UTC")));
        LocalTime t = local.toLocalTime();
        boolean wraps = quietStart.isAfter(quietEnd);
        boolean quiet = wraps ? !t.isBefore(quietStart) || t.isBefore(quietEnd) : !t.isBefore(quietStart) && t.isBefore(quietEnd);
        if (!quiet) {
            return null;
        }
        ZonedDateTime end = local.with(quietEnd);
        if (!end.isAfter(local)) {
            end = end.plusDays(1);
        }
        return end.toInstant();
    }
}
