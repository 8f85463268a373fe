package org.hugmenow.wellness.insights.domain;

import java.time.LocalDate;

/** Hugs delivered from one person to another in one period (by the tenant-local day of delivery). */
public record HugPair(Grain grain, LocalDate periodStart, String senderId, String recipientId, int hugs) {
}
