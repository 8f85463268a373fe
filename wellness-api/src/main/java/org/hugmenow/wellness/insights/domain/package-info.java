/**
 * The anonymity engine of team insights (issue 10, ADR 0012): the one place every employer-facing
 * number (API, alerts, exports) goes through before it leaves the tenant.
 *
 * <p>Plain Java. {@link org.hugmenow.wellness.insights.domain.AnonymityEngine#release} takes the
 * exact aggregates of the cells of one response, with their populations, and answers each cell
 * with a noised value or a reason why it is hidden. What the engine must remember (populations a
 * viewer was shown, values already drawn, privacy budget spent) it reaches through the ports
 * {@link org.hugmenow.wellness.insights.domain.ShownPopulations},
 * {@link org.hugmenow.wellness.insights.domain.ReleasedValues} and
 * {@link org.hugmenow.wellness.insights.domain.PrivacyLedger}; none of them ever sees a raw person key.
 */
package org.hugmenow.wellness.insights.domain;
