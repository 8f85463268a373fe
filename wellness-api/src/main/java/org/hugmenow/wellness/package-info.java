/**
 * What employees do: mood check-ins, hugs, connections, notifications, content and insights (issue 4).
 *
 * <p>Depends on tenant-core only; reacts to other modules through CDI events or the outbox.
 *
 * <p>Features use each other one way only, and only through the other feature's
 * {@code application} or {@code domain} package (never its {@code persistence}, {@code api} or
 * {@code internal}):
 * <pre>
 *   shared  &lt;-  notification, privacy  &lt;-  mood  &lt;-  connection  &lt;-  hug  &lt;-  insights
 *                                            mood  &lt;-  content
 * </pre>
 * {@code insights} comes last: it reacts to the events mood and hug own
 * ({@code CheckInEvents}, {@code HugEvents}) and neither of them knows it.
 * {@code shared} (and {@code config}) use no feature; every feature may use them. A feature that
 * needs something of one further left asks that feature's application service, inside its own
 * transaction where it must (for example {@code PrivacyService.profile(c, id)}).
 */
package org.hugmenow.wellness;
