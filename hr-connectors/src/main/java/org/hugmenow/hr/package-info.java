/**
 * How people and teams get in: the SCIM 2.0 server, HR-system connectors and the sync engine (issue 3).
 *
 * <p>Depends on tenant-core only; reacts to other modules through CDI events or the outbox.
 */
package org.hugmenow.hr;
