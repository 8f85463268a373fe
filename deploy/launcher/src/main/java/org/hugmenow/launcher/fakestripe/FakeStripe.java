package org.hugmenow.launcher.fakestripe;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A local stand-in for Stripe, for the end-to-end tests, the billing benchmark and {@code ./run.sh}:
 * never part of the app. It serves the API paths billing uses with Stripe's form-encoded bodies,
 * Bearer authentication, idempotency keys and error shapes, answers in the JSON shapes of API
 * version {@value Webhooks#API_VERSION}, shows a hosted pay page and customer portal (clearly
 * labelled as a stand-in) and sends signed webhooks back, as Stripe documents them. Binds to 127.0.0.1.
 */
public final class FakeStripe implements AutoCloseable {

    /** A request the API received, with its form fields as sent (for example {@code items[0][quantity]}). */
    public record Recorded(String method, String path, Map<String, List<String>> form, Map<String, String> query, String idempotencyKey) {
    }

    /** One webhook delivery and what the app answered (0: no answer). */
    public record Delivery(String eventId, String type, int status) {
    }

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_]+");

    private final HttpServer server;
    private final java.util.concurrent.ExecutorService workers;
    private final String apiKey;
    private final Webhooks webhooks;
    private final Ledger ledger = new Ledger();
    private final Map<String, Answer> idempotent = new ConcurrentHashMap<>();
    private final List<Recorded> requests = new ArrayList<>();
    private volatile boolean unavailable;
    private volatile long clockOffsetSeconds;

    private record Answer(int status, String body) {
    }

    private FakeStripe(HttpServer server, java.util.concurrent.ExecutorService workers, String apiKey, String webhookSecret) {
        this.server = server;
        this.workers = workers;
        this.apiKey = apiKey;
        this.webhooks = new Webhooks(webhookSecret);
    }

    public static FakeStripe start(int port, String apiKey, String webhookSecret) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
            // Daemon threads: a test or benchmark JVM that forgets to close the fake still exits.
            java.util.concurrent.ExecutorService workers = Executors.newFixedThreadPool(8, r -> {
                Thread t = new Thread(r, "fake-stripe");
                t.setDaemon(true);
                return t;
            });
            FakeStripe fake = new FakeStripe(server, workers, apiKey, webhookSecret);
            server.createContext("/", fake::handle);
            server.setExecutor(workers);
            server.start();
            return fake;
        } catch (IOException e) {
            throw new IllegalStateException("could not start the fake Stripe on port " + port, e);
        }
    }

    public String apiBase() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public void deliverWebhooksTo(String url) {
        webhooks.endpoint(url);
    }

    public synchronized void addPrice(String priceId, String productName, long unitAmountCents, String currency, String interval) {
        ledger.prices.put(priceId, new Ledger.Price(priceId, Ledger.id("prod"), productName, unitAmountCents, currency, interval));
    }

    public void holdDeliveries(boolean hold) {
        webhooks.hold(hold);
    }

    /** The events queued while deliveries were held, as the exact strings Stripe would sign, oldest first; the queue empties. */
    public List<String> takeHeldEvents() {
        return webhooks.takeHeld();
    }

    /** POSTs one event signed now, as Stripe does; returns the endpoint's status (0: no answer). */
    public int deliver(String eventPayload) {
        return webhooks.deliver(eventPayload, webhooks.signature(eventPayload, now()));
    }

    /** POSTs one event with the given Stripe-Signature header (forged, stale or empty for tests). */
    public int deliver(String eventPayload, String stripeSignatureHeader) {
        return webhooks.deliver(eventPayload, stripeSignatureHeader.isEmpty() ? null : stripeSignatureHeader);
    }

    public String signatureHeader(String payload, long unixSeconds) {
        return webhooks.signature(payload, unixSeconds);
    }

    public List<Delivery> deliveries() {
        return webhooks.deliveries();
    }

    public synchronized List<Recorded> requests() {
        return List.copyOf(requests);
    }

    public synchronized void clearRequests() {
        requests.clear();
    }

    /** While true every API call answers 503, as during an outage at Stripe. */
    public void setUnavailable(boolean down) {
        unavailable = down;
    }

    /** Moves the fake's clock (periods, created times) forward. */
    public void advanceClock(Duration by) {
        clockOffsetSeconds += by.toSeconds();
    }

    public synchronized Optional<JsonObject> subscription(String id) {
        return Optional.ofNullable(ledger.subscriptions.get(id)).map(Ledger.Subscription::json);
    }

    public synchronized Optional<String> subscriptionOfCustomer(String customerId) {
        return ledger.subscriptions.values().stream().filter(s -> s.customer.equals(customerId)).map(s -> s.id).findFirst();
    }

    // ---- test controls: each changes state as Stripe would and sends the events Stripe would send ----

    /** The customer paid on the hosted page; returns the new subscription's id. */
    public String completeCheckout(String sessionId) {
        List<String> events = new ArrayList<>();
        String subscription;
        synchronized (this) {
            Ledger.Session session = existing(ledger.sessions, sessionId);
            if (!"open".equals(session.status)) {
                return session.subscription;
            }
            Ledger.Subscription s = newSubscription(session.customer, ledger.prices.get(session.price), session.quantity,
                    session.subscriptionMetadata, session.trialDays);
            events.add(Webhooks.event("customer.subscription.created", s.json(), null, now()));
            Ledger.Invoice invoice = invoice(s, "subscription_create");
            events.add(Webhooks.event("invoice.finalized", invoice.json(), null, now()));
            pay(invoice);
            events.add(Webhooks.event("invoice.paid", invoice.json(), null, now()));
            session.status = "complete";
            session.subscription = s.id;
            events.add(Webhooks.event("checkout.session.completed", session.json(), null, now()));
            subscription = s.id;
        }
        webhooks.send(events);
        return subscription;
    }

    /** A new period's invoice fails to be paid; returns its id. */
    public String failRenewal(String subscriptionId) {
        List<String> events = new ArrayList<>();
        String invoiceId;
        synchronized (this) {
            Ledger.Subscription s = existing(ledger.subscriptions, subscriptionId);
            s.periodStart = s.periodEnd;
            s.periodEnd = s.periodStart + s.price.periodSeconds();
            Ledger.Invoice invoice = invoice(s, "subscription_cycle");
            invoice.attempts = 1;
            events.add(Webhooks.event("invoice.finalized", invoice.json(), null, now()));
            events.add(Webhooks.event("invoice.payment_failed", invoice.json(), null, now()));
            JsonObject previous = Json.createObjectBuilder().add("status", s.status).build();
            s.status = "past_due";
            events.add(Webhooks.event("customer.subscription.updated", s.json(), previous, now()));
            invoiceId = invoice.id;
        }
        webhooks.send(events);
        return invoiceId;
    }

    /** Every open invoice of the subscription is paid; it becomes active again. */
    public void payOpenInvoices(String subscriptionId) {
        List<String> events = new ArrayList<>();
        synchronized (this) {
            Ledger.Subscription s = existing(ledger.subscriptions, subscriptionId);
            for (Ledger.Invoice invoice : ledger.invoices.values()) {
                if (subscriptionId.equals(invoice.subscription) && "open".equals(invoice.status)) {
                    pay(invoice);
                    events.add(Webhooks.event("invoice.paid", invoice.json(), null, now()));
                }
            }
            JsonObject previous = Json.createObjectBuilder().add("status", s.status).build();
            s.status = "active";
            events.add(Webhooks.event("customer.subscription.updated", s.json(), previous, now()));
        }
        webhooks.send(events);
    }

    /** The subscription ends now (cancelled in the dashboard, or the period ran out after cancelling). */
    public void endSubscription(String subscriptionId) {
        List<String> events = new ArrayList<>();
        synchronized (this) {
            cancel(existing(ledger.subscriptions, subscriptionId), events);
        }
        webhooks.send(events);
    }

    public void trialWillEnd(String subscriptionId) {
        String event;
        synchronized (this) {
            event = Webhooks.event("customer.subscription.trial_will_end", existing(ledger.subscriptions, subscriptionId).json(), null, now());
        }
        webhooks.send(List.of(event));
    }

    /** A customer made in Stripe's dashboard (no events), for benchmarks. */
    public synchronized String createCustomer(String name) {
        Ledger.Customer c = new Ledger.Customer();
        c.id = Ledger.id("cus");
        c.name = name;
        c.created = now();
        ledger.customers.put(c.id, c);
        return c.id;
    }

    /** An active subscription made in Stripe's dashboard (no events), for benchmarks. */
    public synchronized String createSubscription(String customerId, String priceId, long quantity) {
        existing(ledger.customers, customerId);
        return newSubscription(customerId, existing(ledger.prices, priceId), quantity, Map.of(), null).id;
    }

    /** Someone edited the subscription's metadata in the dashboard: one customer.subscription.updated. */
    public void touchSubscription(String subscriptionId) {
        String event;
        synchronized (this) {
            Ledger.Subscription s = existing(ledger.subscriptions, subscriptionId);
            JsonObject previous = Json.createObjectBuilder().add("metadata", Ledger.metadata(s.metadata)).build();
            s.metadata.put("touched", Long.toString(now()));
            event = Webhooks.event("customer.subscription.updated", s.json(), previous, now());
        }
        webhooks.send(List.of(event));
    }

    /** The quantity changed at Stripe without any webhook reaching the app (a lost event, a dashboard edit). */
    public synchronized void setQuantityQuietly(String subscriptionId, long quantity) {
        existing(ledger.subscriptions, subscriptionId).quantity = quantity;
    }

    /** A person submitting one of the hosted pages' forms; returns the status (303 when it redirects). */
    public int postForm(String path) {
        try {
            return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                    .send(HttpRequest.newBuilder(URI.create(apiBase() + path)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }

    // ---- HTTP ----

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            if (path.startsWith("/v1/")) {
                api(exchange, method, path, body);
            } else {
                Pages.serve(this, exchange, method, path);
            }
        } catch (RuntimeException e) {
            respond(exchange, 500, error("api_error", null, "The fake Stripe failed: " + e));
        }
    }

    private void api(HttpExchange exchange, String method, String path, String body) throws IOException {
        Form form = Form.parse(body);
        Form query = Form.parse(exchange.getRequestURI().getRawQuery());
        String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
        synchronized (this) {
            Map<String, String> q = new java.util.LinkedHashMap<>();
            query.all().forEach((k, v) -> q.put(k, v.get(0)));
            requests.add(new Recorded(method, path, form.all(), q, key));
        }
        if (unavailable) {
            respond(exchange, 503, error("api_error", null, "Stripe is temporarily unavailable (the fake was told to be)."));
            return;
        }
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        if (auth == null || !auth.equals("Bearer " + apiKey)) {
            respond(exchange, 401, error("invalid_request_error", null, "Invalid API Key provided."));
            return;
        }
        if (key != null && method.equals("POST") && idempotent.containsKey(key)) {
            Answer kept = idempotent.get(key);
            exchange.getResponseHeaders().add("Idempotent-Replayed", "true");
            respond(exchange, kept.status, kept.body);
            return;
        }
        List<String> events = new ArrayList<>();
        Answer answer;
        synchronized (this) {
            answer = route(method, path, form, query, events);
        }
        if (key != null && method.equals("POST") && answer.status < 500) {
            idempotent.put(key, answer);
        }
        respond(exchange, answer.status, answer.body);
        webhooks.send(events);
    }

    private Answer route(String method, String path, Form form, Form query, List<String> events) {
        try {
            Matcher m;
            if (method.equals("POST") && path.equals("/v1/customers")) {
                return ok(customer(form).json());
            } else if (method.equals("GET") && (m = match("/v1/customers/(%s)", path)) != null) {
                return ok(existing(ledger.customers, m.group(1)).json());
            } else if (method.equals("POST") && path.equals("/v1/checkout/sessions")) {
                return ok(session(form).json());
            } else if (method.equals("GET") && (m = match("/v1/checkout/sessions/(%s)", path)) != null) {
                return ok(existing(ledger.sessions, m.group(1)).json());
            } else if (method.equals("POST") && path.equals("/v1/billing_portal/sessions")) {
                return ok(portal(form).json());
            } else if (method.equals("GET") && path.equals("/v1/subscriptions")) {
                String customer = query.get("customer");
                return ok(Ledger.list(ledger.subscriptions.values().stream().filter(s -> customer == null || s.customer.equals(customer))
                        .map(Ledger.Subscription::json).toList(), "/v1/subscriptions"));
            } else if (method.equals("GET") && (m = match("/v1/subscriptions/(%s)", path)) != null) {
                return ok(existing(ledger.subscriptions, m.group(1)).json());
            } else if (method.equals("POST") && (m = match("/v1/subscriptions/(%s)", path)) != null) {
                return ok(updateSubscription(existing(ledger.subscriptions, m.group(1)), form, events));
            } else if (method.equals("DELETE") && (m = match("/v1/subscriptions/(%s)", path)) != null) {
                return ok(cancel(existing(ledger.subscriptions, m.group(1)), events));
            } else if (method.equals("POST") && (m = match("/v1/subscription_items/(%s)", path)) != null) {
                return ok(updateItem(m.group(1), form, events));
            } else if (method.equals("GET") && path.equals("/v1/invoices")) {
                return ok(Ledger.list(invoicesOf(query.get("customer"), query.get("subscription")), "/v1/invoices"));
            } else if (method.equals("POST") && path.equals("/v1/invoices/create_preview")) {
                return ok(preview(form));
            } else if (method.equals("GET") && (m = match("/v1/invoices/(%s)", path)) != null) {
                return ok(existing(ledger.invoices, m.group(1)).json());
            }
            return new Answer(404, error("invalid_request_error", null, "Unrecognized request URL (" + method + ": " + path + ")."));
        } catch (Missing missing) {
            return new Answer(404, Json.createObjectBuilder().add("error", Json.createObjectBuilder().add("type", "invalid_request_error")
                    .add("code", "resource_missing").add("param", "id").add("message", missing.getMessage())).build().toString());
        } catch (IllegalArgumentException bad) {
            return new Answer(400, error("invalid_request_error", "parameter_missing", bad.getMessage()));
        }
    }

    private static Matcher match(String template, String path) {
        Matcher m = Pattern.compile(template.replace("%s", ID.pattern())).matcher(path);
        return m.matches() ? m : null;
    }

    private Ledger.Customer customer(Form form) {
        Ledger.Customer c = new Ledger.Customer();
        c.id = Ledger.id("cus");
        c.name = form.get("name");
        c.email = form.get("email");
        c.metadata.putAll(form.map("metadata"));
        c.created = now();
        ledger.customers.put(c.id, c);
        return c;
    }

    private Ledger.Session session(Form form) {
        String price = required(form, "line_items[0][price]");
        existing(ledger.prices, price);
        if (!"subscription".equals(form.get("mode"))) {
            throw new IllegalArgumentException("Only mode=subscription is served by this fake.");
        }
        Ledger.Session s = new Ledger.Session();
        s.id = Ledger.id("cs_test");
        s.customer = form.get("customer");
        if (s.customer != null) {
            existing(ledger.customers, s.customer);
        }
        s.clientReferenceId = form.get("client_reference_id");
        s.successUrl = required(form, "success_url");
        s.cancelUrl = form.get("cancel_url");
        s.price = price;
        s.quantity = Long.parseLong(form.get("line_items[0][quantity]", "1"));
        s.subscriptionMetadata.putAll(form.map("subscription_data[metadata"));
        s.metadata.putAll(form.map("metadata"));
        String trial = form.get("subscription_data[trial_period_days]");
        s.trialDays = trial == null ? null : Integer.parseInt(trial);
        s.created = now();
        s.url = apiBase() + "/pay/" + s.id;
        ledger.sessions.put(s.id, s);
        return s;
    }

    private Ledger.Portal portal(Form form) {
        String customer = required(form, "customer");
        existing(ledger.customers, customer);
        String id = Ledger.id("bps");
        Ledger.Portal p = new Ledger.Portal(id, customer, required(form, "return_url"), now(), apiBase() + "/portal/" + id);
        ledger.portals.put(id, p);
        return p;
    }

    private Ledger.Subscription newSubscription(String customer, Ledger.Price price, long quantity, Map<String, String> metadata,
                                                Integer trialDays) {
        if (customer == null) {
            customer = customer(Form.parse("")).id;
        }
        Ledger.Subscription s = new Ledger.Subscription();
        s.id = Ledger.id("sub");
        s.customer = customer;
        s.itemId = Ledger.id("si");
        s.price = price;
        s.quantity = quantity;
        s.created = now();
        s.periodStart = s.created;
        s.periodEnd = s.created + price.periodSeconds();
        s.metadata.putAll(metadata);
        if (trialDays != null) {
            s.status = "trialing";
            s.trialStart = s.created;
            s.trialEnd = s.created + trialDays * 86400L;
        } else {
            s.status = "active";
        }
        ledger.subscriptions.put(s.id, s);
        return s;
    }

    private Ledger.Invoice invoice(Ledger.Subscription s, String reason) {
        Ledger.Customer customer = ledger.customers.get(s.customer);
        Ledger.Invoice i = new Ledger.Invoice();
        i.id = Ledger.id("in");
        i.customer = s.customer;
        i.subscription = s.id;
        customer.invoices++;
        i.number = customer.id.substring(4, 12).toUpperCase() + "-" + String.format("%04d", customer.invoices);
        i.status = "open";
        i.currency = s.price.currency();
        i.quantity = s.quantity;
        i.amountDue = "trialing".equals(s.status) ? 0 : s.quantity * s.price.unitAmount();
        i.created = now();
        i.periodStart = s.periodStart;
        i.periodEnd = s.periodEnd;
        i.billingReason = reason;
        i.description = s.quantity + " × " + s.price.productName();
        i.base = apiBase();
        s.latestInvoice = i.id;
        ledger.invoices.put(i.id, i);
        return i;
    }

    private static void pay(Ledger.Invoice invoice) {
        invoice.status = "paid";
        invoice.amountPaid = invoice.amountDue;
    }

    private JsonObject updateSubscription(Ledger.Subscription s, Form form, List<String> events) {
        var previous = Json.createObjectBuilder();
        String cancel = form.get("cancel_at_period_end");
        if (cancel != null) {
            previous.add("cancel_at_period_end", s.cancelAtPeriodEnd);
            s.cancelAtPeriodEnd = Boolean.parseBoolean(cancel);
        }
        String quantity = form.get("items[0][quantity]");
        if (quantity != null) {
            previous.add("quantity", s.quantity);
            s.quantity = Long.parseLong(quantity);
        }
        if (!form.map("metadata").isEmpty()) {
            previous.add("metadata", Ledger.metadata(s.metadata));
            s.metadata.putAll(form.map("metadata"));
        }
        JsonObject json = s.json();
        events.add(Webhooks.event("customer.subscription.updated", json, previous.build(), now()));
        return json;
    }

    private JsonObject cancel(Ledger.Subscription s, List<String> events) {
        s.status = "canceled";
        s.canceledAt = now();
        s.endedAt = now();
        JsonObject json = s.json();
        events.add(Webhooks.event("customer.subscription.deleted", json, null, now()));
        return json;
    }

    private JsonObject updateItem(String itemId, Form form, List<String> events) {
        Ledger.Subscription s = ledger.subscriptions.values().stream().filter(x -> x.itemId.equals(itemId)).findFirst()
                .orElseThrow(() -> new Missing("No such subscription item: '" + itemId + "'"));
        String quantity = required(form, "quantity");
        JsonObject previous = Json.createObjectBuilder().add("quantity", s.quantity).build();
        s.quantity = Long.parseLong(quantity);
        JsonObject json = s.json();
        events.add(Webhooks.event("customer.subscription.updated", json, previous, now()));
        return json.getJsonObject("items").getJsonArray("data").getJsonObject(0);
    }

    private List<JsonObject> invoicesOf(String customer, String subscription) {
        return ledger.invoices.values().stream()
                .filter(i -> (customer == null || i.customer.equals(customer)) && (subscription == null || i.subscription.equals(subscription)))
                .sorted(Comparator.comparingLong((Ledger.Invoice i) -> i.created).reversed()).map(Ledger.Invoice::json).toList();
    }

    private JsonObject preview(Form form) {
        String subscriptionId = required(form, "subscription");
        Ledger.Subscription s = existing(ledger.subscriptions, subscriptionId);
        Ledger.Invoice next = new Ledger.Invoice();
        next.customer = s.customer;
        next.subscription = s.id;
        next.currency = s.price.currency();
        next.quantity = s.quantity;
        next.amountDue = s.cancelAtPeriodEnd ? 0 : s.quantity * s.price.unitAmount();
        next.created = now();
        next.periodStart = s.periodEnd;
        next.periodEnd = s.periodEnd + s.price.periodSeconds();
        next.billingReason = "upcoming";
        next.description = s.quantity + " × " + s.price.productName();
        next.base = apiBase();
        return next.json();
    }

    // ---- used by the hosted pages ----

    synchronized Ledger.Session openSession(String id) {
        return ledger.sessions.get(id);
    }

    synchronized Ledger.Price price(String id) {
        return ledger.prices.get(id);
    }

    synchronized Ledger.Portal portalSession(String id) {
        return ledger.portals.get(id);
    }

    synchronized Ledger.Subscription subscriptionOf(String customer) {
        return ledger.subscriptions.values().stream().filter(s -> s.customer.equals(customer) && !"canceled".equals(s.status))
                .reduce((a, b) -> b).orElse(null);
    }

    synchronized Ledger.Invoice invoiceById(String id) {
        return ledger.invoices.get(id);
    }

    /** The portal's cancel and keep buttons. */
    void setCancelAtPeriodEnd(String subscriptionId, boolean cancel) {
        List<String> events = new ArrayList<>();
        synchronized (this) {
            updateSubscription(existing(ledger.subscriptions, subscriptionId), Form.parse("cancel_at_period_end=" + cancel), events);
        }
        webhooks.send(events);
    }

    long now() {
        return System.currentTimeMillis() / 1000 + clockOffsetSeconds;
    }

    private static String required(Form form, String key) {
        String value = form.get(key);
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("Missing required param: " + key + ".");
        }
        return value;
    }

    private static <T> T existing(Map<String, T> objects, String id) {
        T found = objects.get(id);
        if (found == null) {
            throw new Missing("No such object: '" + id + "'");
        }
        return found;
    }

    private static final class Missing extends RuntimeException {
        Missing(String message) {
            super(message);
        }
    }

    private static Answer ok(JsonObject body) {
        return new Answer(200, body.toString());
    }

    private static String error(String type, String code, String message) {
        var e = Json.createObjectBuilder().add("type", type).add("message", message);
        if (code != null) {
            e.add("code", code);
        }
        return Json.createObjectBuilder().add("error", e).build().toString();
    }

    static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        if (exchange.getResponseHeaders().getFirst("Content-Type") == null) {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
        }
        exchange.getResponseHeaders().add("Request-Id", Ledger.id("req"));
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
