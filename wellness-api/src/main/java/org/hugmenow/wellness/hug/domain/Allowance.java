package org.hugmenow.wellness.hug.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** The daily hug allowance, counted per local day of the sender. */
public final class Allowance {

    private Allowance() {
    }

    public static Instant startOfDay(Instant now, ZoneId zone) {
        return now.atZone(zone).toLocalDate().atStartOfDay(zone).toInstant();
    }

    /** Seconds until the sender's next local midnight, when the allowance renews. */
    public static long secondsUntilRenewal(Instant now, ZoneId zone) {
        ZonedDateTime next = now.atZone(zone).toLocalDate().plusDays(1).atStartOfDay(zone);
        return Math.max(1, Duration.between(now, next.toInstant()).getSeconds());
    }
}
