package org.hugmenow.wellness.privacy.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ProfileTest {

    private static Profile quiet(String start, String end) {
        return new Profile("p", null, null, false, Sharing.NONE, ZoneId.of("Europe/Berlin"), "DE", LocalTime.parse(start), LocalTime.parse(end));
    }

    @Test
    void quietHoursAcrossMidnightHoldUntilTheMorning() {
        // 23:30 in Berlin (UTC+1 in November) is 22:30Z.
        assertEquals(Instant.parse("2026-11-27T06:00:00Z"), quiet("22:00", "07:00").quietUntil(Instant.parse("2026-11-26T22:30:00Z")));
        assertEquals(Instant.parse("2026-11-27T06:00:00Z"), quiet("22:00", "07:00").quietUntil(Instant.parse("2026-11-27T04:00:00Z")));
    }

    @Test
    void outsideQuietHoursNothingIsHeld() {
        assertNull(quiet("22:00", "07:00").quietUntil(Instant.parse("2026-11-26T12:00:00Z")));
        assertNull(quiet("12:00", "13:00").quietUntil(Instant.parse("2026-11-26T12:00:00Z")), "13:00 Berlin is the end, exclusive");
        assertNull(Profile.defaults("p").quietUntil(Instant.now()));
    }

    @Test
    void quietHoursWithinADay() {
        assertEquals(Instant.parse("2026-11-26T12:00:00Z"), quiet("12:00", "13:00").quietUntil(Instant.parse("2026-11-26T11:15:00Z")));
    }

    @Test
    void aPseudonymIsShownOnlyWhenChosen() {
        Profile p = new Profile("p", "Sam", "Blue Fox", false, Sharing.NONE, null, null, null, null);
        assertEquals("Sam", p.shownName());
        assertEquals("Blue Fox", new Profile("p", "Sam", "Blue Fox", true, Sharing.NONE, null, null, null, null).shownName());
        assertNull(Profile.defaults("p").shownName());
    }
}
