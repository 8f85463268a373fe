package org.hugmenow.wellness.insights.domain;

/** Hugs one person sent another in a period ({@code insights_hug_period}). */
public record HugFlow(String senderId, String recipientId, long hugs) {
}
