/**
 * Plans, entitlements, Stripe subscriptions, webhooks and finance exports.
 *
 * <p>Depends on tenant-core only; reacts to other modules through CDI events or the outbox.
 */
package org.hugmenow.billing;
