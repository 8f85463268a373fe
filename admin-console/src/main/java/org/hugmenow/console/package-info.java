/**
 * The PrimeFaces console for HR admins, IT admins, finance and platform operators.
 *
 * <p>Depends on tenant-core only; reacts to other modules through CDI events or the outbox.
 */
package org.hugmenow.console;
