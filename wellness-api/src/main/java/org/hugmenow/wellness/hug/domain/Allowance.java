package org.hugmenow.wellness.hug.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** The daily hug allowance renews at the sender's local midnight (the count itself is taken in SQL). */
public final class Allowance {

    private Allowance() {
    }

    /** Seconds until the sender's next local midnight, when the allowance renews. */
    public static long secondsUntilRenewal(Instant now, ZoneId zone) {
        ZonedDateTime next = now.atZone(zone).toLocalDate().plusDays(1).atStartOfDay(zone);
        return Math.max(1, Duration.between(now, next.toInstant()).getSeconds());
    }
}
