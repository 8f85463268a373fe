package org.hugmenow.wellness.insights.application;

/** A segment a viewer may ask for: its canonical id and a label (never a person's name). */
public record SegmentOption(String id, String label) {
}
