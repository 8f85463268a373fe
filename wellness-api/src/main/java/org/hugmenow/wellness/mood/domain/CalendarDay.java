package org.hugmenow.wellness.mood.domain;

import java.time.LocalDate;

/** One day of a person's calendar view. */
public record CalendarDay(LocalDate date, long count, double average, int min, int max) {
}
