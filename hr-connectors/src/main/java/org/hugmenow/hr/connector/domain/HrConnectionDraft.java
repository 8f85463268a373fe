package org.hugmenow.hr.connector.domain;

import java.util.Map;

/** What an admin saves; {@code settings} null on an update keeps the stored ones. */
public record HrConnectionDraft(String connector, String label, Map<String, String> settings, Integer scheduleMinutes,
                                double maxDeactivateShare, boolean enabled) {
}
