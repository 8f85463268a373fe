package org.hugmenow.hr.connector.domain;

import java.util.Map;

/**
 * A connection as an admin submits it, from the REST API or the console, before {@code ConnectionRules}
 * checks it. {@code settings} null keeps the stored ones on an update; {@code scheduleMinutes} null
 * means runs on demand only; {@code maxDeactivateShare} and {@code enabled} null take the defaults.
 */
public record HrConnectionInput(String connector, String label, Map<String, String> settings, Integer scheduleMinutes,
                                Double maxDeactivateShare, Boolean enabled) {
}
