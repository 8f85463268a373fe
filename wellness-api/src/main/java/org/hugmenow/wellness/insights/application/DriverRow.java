package org.hugmenow.wellness.insights.application;

/**
 * How mood differs between the people high and low on one factor across the tenant, with the sample
 * size of each side. {@code moodDifference} (high − low) is computed from the two released means
 * and is null unless both are shown.
 */
public record DriverRow(String factor, InsightCell highMood, InsightCell lowMood, InsightCell highRespondents,
        InsightCell lowRespondents, Double moodDifference) {
}
