/**
 * What employees do: mood check-ins, hugs, connections, notifications, content and insights (issue 4).
 *
 * <p>Depends on tenant-core only; reacts to other modules through CDI events or the outbox.
 */
package org.hugmenow.wellness;
