package org.hugmenow.wellness.hug.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class AllowanceTest {

    @Test
    void theAllowanceRenewsAtTheSendersLocalMidnight() {
        ZoneId tokyo = ZoneId.of("Asia/Tokyo");
        Instant now = Instant.parse("2026-11-26T16:00:00Z"); // 01:00 on the 27th in Tokyo
        assertEquals(23 * 3600, Allowance.secondsUntilRenewal(now, tokyo));
    }
}
