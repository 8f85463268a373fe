package org.hugmenow.wellness.mood.application;

import java.util.List;
import org.hugmenow.wellness.mood.domain.CrisisResource;
import org.hugmenow.wellness.mood.domain.MoodEntry;

/** A stored check-in, with crisis resources when it calls for them (empty otherwise). */
public record CheckIn(MoodEntry entry, List<CrisisResource> crisisResources) {
}
