package org.hugmenow.wellness.mood.domain;

import java.time.Instant;

/** A streak length ({@link Streak#MILESTONES}) the person reached, once, and when. */
public record Milestone(int days, Instant reachedAt) {
}
