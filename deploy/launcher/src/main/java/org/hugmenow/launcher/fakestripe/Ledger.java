package org.hugmenow.launcher.fakestripe;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fake's objects, in the JSON shapes of Stripe API version 2026-07-29.dahlia (periods on the
 * subscription item, an invoice's subscription under {@code parent.subscription_details}).
 * Not thread-safe: {@link FakeStripe} guards it.
 */
final class Ledger {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    final Map<String, Price> prices = new LinkedHashMap<>();
    final Map<String, Customer> customers = new LinkedHashMap<>();
    final Map<String, Session> sessions = new LinkedHashMap<>();
    final Map<String, Portal> portals = new LinkedHashMap<>();
    final Map<String, Subscription> subscriptions = new LinkedHashMap<>();
    final Map<String, Invoice> invoices = new LinkedHashMap<>();

    static String id(String prefix) {
        StringBuilder id = new StringBuilder(prefix).append('_');
        for (int i = 0; i < 24; i++) {
            id.append(LETTERS.charAt(RANDOM.nextInt(LETTERS.length())));
        }
        return id.toString();
    }

    static JsonObjectBuilder metadata(Map<String, String> values) {
        JsonObjectBuilder m = Json.createObjectBuilder();
        values.forEach(m::add);
        return m;
    }

    static void put(JsonObjectBuilder b, String key, Object value) {
        if (value == null) {
            b.addNull(key);
        } else if (value instanceof Long l) {
            b.add(key, l);
        } else if (value instanceof Integer i) {
            b.add(key, i);
        } else if (value instanceof Boolean bool) {
            b.add(key, bool);
        } else if (value instanceof JsonValue json) {
            b.add(key, json);
        } else if (value instanceof JsonObjectBuilder builder) {
            b.add(key, builder);
        } else {
            b.add(key, value.toString());
        }
    }

    record Price(String id, String product, String productName, long unitAmount, String currency, String interval) {
        JsonObject json() {
            return Json.createObjectBuilder().add("id", id).add("object", "price").add("active", true).add("currency", currency)
                    .add("unit_amount", unitAmount).add("nickname", productName).add("product", product).add("type", "recurring")
                    .add("livemode", false).add("recurring", Json.createObjectBuilder().add("interval", interval).add("interval_count", 1))
                    .build();
        }

        long periodSeconds() {
            return "year".equals(interval) ? 365L * 86400 : 30L * 86400;
        }
    }

    static final class Customer {
        String id;
        String name;
        String email;
        Map<String, String> metadata = new LinkedHashMap<>();
        long created;
        int invoices;

        JsonObject json() {
            JsonObjectBuilder b = Json.createObjectBuilder().add("id", id).add("object", "customer");
            put(b, "name", name);
            put(b, "email", email);
            return b.add("metadata", metadata(metadata)).add("created", created).add("livemode", false).build();
        }
    }

    static final class Session {
        String id;
        String customer;
        String clientReferenceId;
        String successUrl;
        String cancelUrl;
        String price;
        long quantity;
        Map<String, String> subscriptionMetadata = new LinkedHashMap<>();
        Map<String, String> metadata = new LinkedHashMap<>();
        Integer trialDays;
        String status = "open";
        String subscription;
        long created;
        String url;

        JsonObject json() {
            JsonObjectBuilder b = Json.createObjectBuilder().add("id", id).add("object", "checkout.session").add("mode", "subscription");
            put(b, "customer", customer);
            put(b, "client_reference_id", clientReferenceId);
            put(b, "success_url", successUrl);
            put(b, "cancel_url", cancelUrl);
            put(b, "subscription", subscription);
            put(b, "url", "open".equals(status) ? url : null);
            return b.add("status", status).add("payment_status", "complete".equals(status) ? "paid" : "unpaid")
                    .add("metadata", metadata(metadata)).add("created", created).add("livemode", false).build();
        }
    }

    record Portal(String id, String customer, String returnUrl, long created, String url) {
        JsonObject json() {
            return Json.createObjectBuilder().add("id", id).add("object", "billing_portal.session").add("customer", customer)
                    .add("return_url", returnUrl).add("url", url).add("created", created).add("livemode", false).build();
        }
    }

    static final class Subscription {
        String id;
        String customer;
        String status;
        String itemId;
        Price price;
        long quantity;
        long periodStart;
        long periodEnd;
        boolean cancelAtPeriodEnd;
        Long canceledAt;
        Long endedAt;
        long created;
        Long trialStart;
        Long trialEnd;
        String latestInvoice;
        Map<String, String> metadata = new LinkedHashMap<>();

        JsonObject json() {
            JsonObject item = Json.createObjectBuilder().add("id", itemId).add("object", "subscription_item").add("subscription", id)
                    .add("price", price.json()).add("quantity", quantity).add("current_period_start", periodStart)
                    .add("current_period_end", periodEnd).add("created", created).add("metadata", JsonValue.EMPTY_JSON_OBJECT).build();
            JsonObjectBuilder b = Json.createObjectBuilder().add("id", id).add("object", "subscription").add("customer", customer)
                    .add("status", status).add("cancel_at_period_end", cancelAtPeriodEnd);
            put(b, "cancel_at", cancelAtPeriodEnd ? periodEnd : null);
            put(b, "canceled_at", canceledAt);
            put(b, "ended_at", endedAt);
            put(b, "trial_start", trialStart);
            put(b, "trial_end", trialEnd);
            put(b, "latest_invoice", latestInvoice);
            return b.add("created", created).add("start_date", created).add("currency", price.currency())
                    .add("collection_method", "charge_automatically").add("metadata", metadata(metadata)).add("livemode", false)
                    .add("items", Json.createObjectBuilder().add("object", "list").add("data", Json.createArrayBuilder().add(item))
                            .add("has_more", false).add("url", "/v1/subscription_items?subscription=" + id))
                    .build();
        }
    }

    static final class Invoice {
        String id;
        String customer;
        String subscription;
        String number;
        String status = "draft";
        long amountDue;
        long amountPaid;
        String currency;
        long created;
        long periodStart;
        long periodEnd;
        String billingReason;
        int attempts;
        long quantity;
        String description;
        String base;

        JsonObject json() {
            JsonObjectBuilder b = Json.createObjectBuilder();
            put(b, "id", id);
            b.add("object", "invoice").add("customer", customer);
            put(b, "number", number);
            b.add("status", status).add("amount_due", amountDue).add("amount_paid", amountPaid)
                    .add("amount_remaining", amountDue - amountPaid).add("currency", currency).add("created", created)
                    .add("period_start", periodStart).add("period_end", periodEnd).add("billing_reason", billingReason)
                    .add("attempt_count", attempts).add("livemode", false)
                    .add("parent", Json.createObjectBuilder().add("type", "subscription_details").addNull("quote_details")
                            .add("subscription_details", Json.createObjectBuilder().add("subscription", subscription)
                                    .add("metadata", JsonValue.EMPTY_JSON_OBJECT)));
            put(b, "hosted_invoice_url", id == null ? null : base + "/invoice/" + id);
            put(b, "invoice_pdf", id == null ? null : base + "/invoice/" + id + "/pdf");
            JsonObjectBuilder line = Json.createObjectBuilder().add("id", id("il")).add("object", "line_item").add("amount", amountDue)
                    .add("currency", currency).add("quantity", quantity).add("description", description);
            return b.add("lines", Json.createObjectBuilder().add("object", "list").add("data", Json.createArrayBuilder().add(line))
                    .add("has_more", false).add("url", "/v1/invoices/" + id + "/lines")).build();
        }
    }

    static JsonObject list(List<JsonObject> items, String url) {
        var data = Json.createArrayBuilder();
        items.forEach(data::add);
        return Json.createObjectBuilder().add("object", "list").add("data", data).add("has_more", false).add("url", url).build();
    }

    static List<JsonObject> json(List<? extends Object> objects) {
        List<JsonObject> out = new ArrayList<>();
        for (Object o : objects) {
            if (o instanceof Subscription s) {
                out.add(s.json());
            } else if (o instanceof Invoice i) {
                out.add(i.json());
            }
        }
        return out;
    }
}
