package org.hugmenow.wellness.insights.application;

/** A change to the insights settings; a null field keeps its current value. */
public record SettingsChange(Integer k, Double epsilon, String timeZone, Double alertDrop, Integer alertPeriods) {
}
