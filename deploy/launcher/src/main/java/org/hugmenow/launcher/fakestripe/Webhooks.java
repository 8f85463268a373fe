package org.hugmenow.launcher.fakestripe;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Events as Stripe builds, signs and sends them: serialized once (the signature covers those exact
 * bytes), {@code Stripe-Signature: t=<seconds>,v1=<hex HMAC-SHA256 of "t.payload" with the endpoint
 * secret>}, POSTed as JSON with Stripe's user agent.
 */
final class Webhooks {

    static final String API_VERSION = "2026-07-29.dahlia";

    private final String secret;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final List<String> held = new ArrayList<>();
    private final List<FakeStripe.Delivery> deliveries = new ArrayList<>();
    private volatile String endpoint;
    private volatile boolean holding;

    Webhooks(String secret) {
        this.secret = secret;
    }

    static String event(String type, JsonObject object, JsonObject previous, long created) {
        var data = Json.createObjectBuilder().add("object", object);
        if (previous != null) {
            data.add("previous_attributes", previous);
        }
        return Json.createObjectBuilder().add("id", Ledger.id("evt")).add("object", "event").add("api_version", API_VERSION)
                .add("created", created).add("data", data).add("livemode", false).add("pending_webhooks", 1)
                .add("request", Json.createObjectBuilder().addNull("id").addNull("idempotency_key")).add("type", type)
                .build().toString();
    }

    void endpoint(String url) {
        endpoint = url;
    }

    void hold(boolean hold) {
        holding = hold;
    }

    /** Sends each event now, or queues it while held; never throws. */
    void send(List<String> events) {
        for (String event : events) {
            if (holding || endpoint == null) {
                synchronized (held) {
                    held.add(event);
                }
            } else {
                deliver(event, signature(event, System.currentTimeMillis() / 1000));
            }
        }
    }

    List<String> takeHeld() {
        synchronized (held) {
            List<String> out = List.copyOf(held);
            held.clear();
            return out;
        }
    }

    int deliver(String payload, String signatureHeader) {
        int status;
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(endpoint)).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json; charset=utf-8")
                    .header("User-Agent", "Stripe/1.0 (+https://stripe.com/docs/webhooks)")
                    .POST(HttpRequest.BodyPublishers.ofString(payload, StandardCharsets.UTF_8));
            if (signatureHeader != null) {
                request.header("Stripe-Signature", signatureHeader);
            }
            status = http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            status = 0;
        }
        JsonObject event = parse(payload);
        synchronized (deliveries) {
            deliveries.add(new FakeStripe.Delivery(event == null ? null : event.getString("id", null), event == null ? null : event.getString("type", null), status));
        }
        return status;
    }

    List<FakeStripe.Delivery> deliveries() {
        synchronized (deliveries) {
            return List.copyOf(deliveries);
        }
    }

    String signature(String payload, long seconds) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((seconds + "." + payload).getBytes(StandardCharsets.UTF_8));
            return "t=" + seconds + ",v1=" + HexFormat.of().formatHex(digest);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonObject parse(String payload) {
        try {
            return Json.createReader(new java.io.StringReader(payload)).readObject();
        } catch (RuntimeException notJson) {
            return null;
        }
    }
}
