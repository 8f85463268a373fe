package org.hugmenow.console.federation.domain;

import java.time.Duration;
import java.time.Instant;

/** A signing certificate of a company provider as an IT admin checks it: whose it is and until when. */
public record CertificateFacts(String subject, Instant notBefore, Instant notAfter) {

    /** Signing certificates this close to their end are warned about. */
    public static final Duration WARN_BEFORE = Duration.ofDays(30);

    public boolean expiredAt(Instant now) {
        return notAfter.isBefore(now);
    }

    public boolean expiringAt(Instant now) {
        return !expiredAt(now) && notAfter.isBefore(now.plus(WARN_BEFORE));
    }

    public long daysLeftAt(Instant now) {
        return Duration.between(now, notAfter).toDays();
    }
}
