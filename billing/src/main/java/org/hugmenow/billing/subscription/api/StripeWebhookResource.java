package org.hugmenow.billing.subscription.api;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hugmenow.billing.subscription.application.StripeEvents;
import org.hugmenow.platform.web.Validation;

/**
 * Stripe's webhook endpoint. Public: the Stripe-Signature header (the endpoint secret's HMAC over
 * the exact body, at most 300 s old) is the authentication, so the body is read as bytes and
 * verified before anything is parsed for use.
 */
@Path("/v1/billing/stripe-webhook")
@RequestScoped
@PermitAll
@Tag(name = "Billing")
public class StripeWebhookResource {

    @Inject StripeEvents events;

    public record Received(boolean received, String outcome) {
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Public: Stripe's events about subscriptions, invoices and Checkout")
    @APIResponse(responseCode = "200", description = "Applied, or knowingly ignored (a duplicate, an unknown customer)")
    @APIResponse(responseCode = "400", description = "Forged or stale signature, or not an event (problem+json); nothing changed")
    @APIResponse(responseCode = "503", description = "Billing not configured, or Stripe unreachable while settling a tie (problem+json); Stripe retries")
    public Received receive(@HeaderParam("Stripe-Signature") String signature, byte[] body) {
        new Validation().require(body != null && body.length > 0, "body", "is required").throwIfInvalid();
        return new Received(true, events.receive(new String(body, StandardCharsets.UTF_8), signature));
    }
}
