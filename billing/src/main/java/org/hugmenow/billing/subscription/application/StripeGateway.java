package org.hugmenow.billing.subscription.application;

import com.stripe.StripeClient;
import com.stripe.exception.EventDataObjectDeserializationException;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.exception.StripeException;
import com.stripe.model.Event;
import com.stripe.model.EventDataObjectDeserializer;
import com.stripe.model.Invoice;
import com.stripe.model.StripeObject;
import com.stripe.model.Subscription;
import com.stripe.model.SubscriptionItem;
import com.stripe.model.checkout.Session;
import com.stripe.net.RequestOptions;
import com.stripe.net.Webhook;
import com.stripe.param.CustomerCreateParams;
import com.stripe.param.InvoiceCreatePreviewParams;
import com.stripe.param.SubscriptionItemUpdateParams;
import com.stripe.param.billingportal.SessionCreateParams;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.hugmenow.billing.shared.BillingConfig;
import org.hugmenow.billing.subscription.domain.InvoiceState;
import org.hugmenow.billing.subscription.domain.StripeNotice;
import org.hugmenow.billing.subscription.domain.SubscriptionState;
import org.hugmenow.platform.refusal.Refusal;

/**
 * Every call to Stripe, through its own Java client: it retries network failures with the same
 * idempotency key, so a retried create never makes two. Failures become {@link BillingUnavailable}.
 */
@ApplicationScoped
public class StripeGateway {

    /** Stripe's own tolerance for webhook timestamps: older signatures are replays. */
    static final long SIGNATURE_TOLERANCE_SECONDS = 300;

    @Inject BillingConfig config;

    private volatile StripeClient client;

    public String createCustomer(UUID tenantId, String slug, String name) {
        CustomerCreateParams params = CustomerCreateParams.builder().setName(name).putMetadata("tenant_id", tenantId.toString())
                .putMetadata("tenant_slug", slug).build();
        return call(() -> client().v1().customers().create(params, key("customer-" + tenantId)).getId());
    }

    public String checkoutUrl(String customerId, String priceId, long seats, UUID tenantId, String returnUrl) {
        com.stripe.param.checkout.SessionCreateParams params = com.stripe.param.checkout.SessionCreateParams.builder()
                .setMode(com.stripe.param.checkout.SessionCreateParams.Mode.SUBSCRIPTION)
                .setCustomer(customerId)
                .setClientReferenceId(tenantId.toString())
                .setSuccessUrl(returnUrl + "?checkout=done")
                .setCancelUrl(returnUrl + "?checkout=cancelled")
                .addLineItem(com.stripe.param.checkout.SessionCreateParams.LineItem.builder().setPrice(priceId).setQuantity(seats).build())
                .setSubscriptionData(com.stripe.param.checkout.SessionCreateParams.SubscriptionData.builder()
                        .putMetadata("tenant_id", tenantId.toString()).build())
                .build();
        return call(() -> client().v1().checkout().sessions().create(params).getUrl());
    }

    public String portalUrl(String customerId, String returnUrl) {
        SessionCreateParams params = SessionCreateParams.builder().setCustomer(customerId).setReturnUrl(returnUrl).build();
        return call(() -> client().v1().billingPortal().sessions().create(params).getUrl());
    }

    public SubscriptionState subscription(String subscriptionId) {
        return call(() -> state(client().v1().subscriptions().retrieve(subscriptionId)));
    }

    /** Sets the seats billed; Stripe prorates the change. The key makes a retried change one change. */
    public void setSeats(String itemId, long seats, String idempotencyKey) {
        SubscriptionItemUpdateParams params = SubscriptionItemUpdateParams.builder().setQuantity(seats)
                .setProrationBehavior(SubscriptionItemUpdateParams.ProrationBehavior.CREATE_PRORATIONS).build();
        call(() -> client().v1().subscriptionItems().update(itemId, params, key(idempotencyKey)));
    }

    /** What the next invoice will say, as Stripe previews it. */
    public Optional<InvoiceState> upcoming(String customerId, String subscriptionId) {
        InvoiceCreatePreviewParams params = InvoiceCreatePreviewParams.builder().setCustomer(customerId).setSubscription(subscriptionId).build();
        return call(() -> {
            try {
                return Optional.of(invoice(client().v1().invoices().createPreview(params)));
            } catch (com.stripe.exception.InvalidRequestException e) {
                // A subscription that ends with its period has no next invoice: Stripe says so with this code.
                if ("invoice_upcoming_none".equals(e.getCode())) {
                    return Optional.<InvoiceState>empty();
                }
                throw e;
            }
        });
    }

    /** The event, verified against the endpoint secret and the tolerance; a forged or stale one is refused as invalid. */
    public StripeNotice verified(String payload, String signatureHeader) {
        String secret = config.webhookSecret().orElseThrow(() -> notConfigured());
        Event event;
        try {
            event = Webhook.constructEvent(payload, signatureHeader == null ? "" : signatureHeader, secret, SIGNATURE_TOLERANCE_SECONDS);
        } catch (SignatureVerificationException | RuntimeException e) {
            throw Refusal.invalid("Stripe-Signature", "does not verify for this payload within "
                    + SIGNATURE_TOLERANCE_SECONDS + " s; the event was not applied");
        }
        return notice(event);
    }

    private static StripeNotice notice(Event event) {
        StripeObject object = object(event.getDataObjectDeserializer());
        Instant created = Instant.ofEpochSecond(event.getCreated());
        if (object instanceof Subscription s) {
            return new StripeNotice(event.getId(), event.getType(), created, state(s), null, null);
        }
        if (object instanceof Invoice i) {
            return new StripeNotice(event.getId(), event.getType(), created, null, invoice(i), null);
        }
        if (object instanceof Session s) {
            return new StripeNotice(event.getId(), event.getType(), created, null, null,
                    new StripeNotice.CheckoutCompleted(s.getId(), s.getCustomer(), s.getSubscription(), s.getClientReferenceId()));
        }
        return new StripeNotice(event.getId(), event.getType(), created, null, null, null);
    }

    private static StripeObject object(EventDataObjectDeserializer data) {
        // An event of another API version than the client's deserializes only "unsafely"; the fields billing reads exist in both.
        return data.getObject().orElseGet(() -> {
            try {
                return data.deserializeUnsafe();
            } catch (EventDataObjectDeserializationException e) {
                throw Refusal.invalid("data.object", "is not a Stripe object this endpoint understands");
            }
        });
    }

    static SubscriptionState state(Subscription s) {
        SubscriptionItem item = s.getItems() == null || s.getItems().getData().isEmpty() ? null : s.getItems().getData().get(0);
        return new SubscriptionState(s.getId(), s.getCustomer(), s.getStatus(), item == null ? null : item.getId(),
                item == null || item.getPrice() == null ? null : item.getPrice().getId(),
                item == null || item.getQuantity() == null ? 0 : item.getQuantity(),
                item == null || item.getPrice() == null ? null : item.getPrice().getUnitAmount(),
                item == null || item.getPrice() == null ? s.getCurrency() : item.getPrice().getCurrency(),
                item == null || item.getCurrentPeriodEnd() == null ? null : Instant.ofEpochSecond(item.getCurrentPeriodEnd()),
                Boolean.TRUE.equals(s.getCancelAtPeriodEnd()), s.getTrialEnd() == null ? null : Instant.ofEpochSecond(s.getTrialEnd()));
    }

    static InvoiceState invoice(Invoice i) {
        return new InvoiceState(i.getId(), i.getCustomer(), i.getNumber(), i.getStatus(), nz(i.getAmountDue()), nz(i.getAmountPaid()),
                i.getCurrency(), seconds(i.getPeriodStart()), seconds(i.getPeriodEnd()), seconds(i.getCreated()),
                i.getHostedInvoiceUrl(), i.getInvoicePdf());
    }

    private static long nz(Long value) {
        return value == null ? 0 : value;
    }

    private static Instant seconds(Long value) {
        return value == null ? null : Instant.ofEpochSecond(value);
    }

    private StripeClient client() {
        StripeClient current = client;
        if (current == null) {
            synchronized (this) {
                if (client == null) {
                    client = StripeClient.builder().setApiKey(config.secretKey().orElseThrow(StripeGateway::notConfigured))
                            .setApiBase(config.apiBase()).setConnectTimeout(config.timeoutMs()).setReadTimeout(config.timeoutMs())
                            .setMaxNetworkRetries(2).build();
                }
                current = client;
            }
        }
        return current;
    }

    static Refusal notConfigured() {
        return Refusal.unavailable("Billing is not configured on this installation (no Stripe keys); everything else works.");
    }

    private static RequestOptions key(String idempotencyKey) {
        return RequestOptions.builder().setIdempotencyKey("hugmenow-" + idempotencyKey).build();
    }

    private interface StripeCall<T> {
        T run() throws StripeException;
    }

    private <T> T call(StripeCall<T> work) {
        if (!config.configured()) {
            throw notConfigured();
        }
        try {
            return work.run();
        } catch (StripeException e) {
            throw new BillingUnavailable("Stripe could not be reached or refused the request; nothing was changed. Try again shortly.", e);
        }
    }
}
