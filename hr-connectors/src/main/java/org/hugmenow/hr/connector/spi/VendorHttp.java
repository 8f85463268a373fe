package org.hugmenow.hr.connector.spi;

import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import jakarta.json.spi.JsonProvider;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * HTTP for connectors: a timeout on every request; retries with exponential backoff for 5xx,
 * timeouts and network errors; waiting out 429 as {@code Retry-After} says (capped); no retry for
 * 401/403 or other 4xx. Every request a connector makes is a read, so retrying is safe.
 */
public final class VendorHttp {

    private static final JsonProvider JSON = JsonProvider.provider();

    /** How hard to try. {@code maxWait} caps any single wait, including a server's Retry-After. */
    public record Policy(int attempts, Duration requestTimeout, Duration firstBackoff, Duration maxWait) {
        public static final Policy DEFAULT = new Policy(5, Duration.ofSeconds(30), Duration.ofMillis(500), Duration.ofSeconds(60));
    }

    private final HttpClient client;
    private final Policy policy;
    private final Sleeper sleeper;

    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    public VendorHttp(Policy policy) {
        this(HttpClient.newBuilder().connectTimeout(policy.requestTimeout()).followRedirects(HttpClient.Redirect.NORMAL).build(),
                policy, d -> Thread.sleep(d.toMillis()));
    }

    public VendorHttp(HttpClient client, Policy policy, Sleeper sleeper) {
        this.client = client;
        this.policy = policy;
        this.sleeper = sleeper;
    }

    /** Sends the request (built fresh for each attempt) and parses the body as JSON. */
    public JsonStructure json(String vendor, java.util.function.Supplier<HttpRequest.Builder> request) throws ConnectorFailure {
        String body = text(vendor, request);
        try (JsonReader reader = JSON.createReader(new StringReader(body))) {
            return reader.read();
        } catch (RuntimeException e) {
            throw new ConnectorFailure(ConnectorFailure.Kind.BAD_RESPONSE, vendor + " answered with a body that is not JSON", e);
        }
    }

    /** Sends the request (built fresh for each attempt) and returns the body of a 2xx answer. */
    public String text(String vendor, java.util.function.Supplier<HttpRequest.Builder> request) throws ConnectorFailure {
        Duration backoff = policy.firstBackoff();
        String lastProblem = "no attempt made";
        for (int attempt = 1; attempt <= policy.attempts(); attempt++) {
            Duration wait = backoff;
            try {
                HttpResponse<String> response = client.send(request.get().timeout(policy.requestTimeout()).build(),
                        HttpResponse.BodyHandlers.ofString());
                int status = response.statusCode();
                if (status >= 200 && status < 300) {
                    return response.body();
                }
                if (status == 401 || status == 403) {
                    throw new ConnectorFailure(ConnectorFailure.Kind.AUTH, vendor + " refused the credentials (HTTP " + status
                            + "); check the connector's settings");
                }
                if (status == 429) {
                    wait = retryAfter(response).orElse(backoff);
                    lastProblem = "rate limited (HTTP 429)";
                } else if (status >= 500) {
                    lastProblem = "HTTP " + status;
                } else {
                    throw new ConnectorFailure(ConnectorFailure.Kind.BAD_RESPONSE, vendor + " answered HTTP " + status);
                }
            } catch (HttpTimeoutException e) {
                lastProblem = "no answer within " + policy.requestTimeout().toSeconds() + " s";
            } catch (IOException e) {
                lastProblem = "network error (" + e.getClass().getSimpleName() + ")";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ConnectorFailure(ConnectorFailure.Kind.UNAVAILABLE, "interrupted while calling " + vendor, e);
            }
            if (attempt < policy.attempts()) {
                pause(min(wait, policy.maxWait()), vendor);
                backoff = min(backoff.multipliedBy(2), policy.maxWait());
            }
        }
        throw new ConnectorFailure(ConnectorFailure.Kind.UNAVAILABLE, vendor + " is unavailable after " + policy.attempts()
                + " attempts: " + lastProblem);
    }

    /** Retry-After in seconds or as an HTTP date (RFC 9110 §10.2.3). */
    static java.util.Optional<Duration> retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After").map(String::strip).flatMap(value -> {
            try {
                return java.util.Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(value))));
            } catch (NumberFormatException notSeconds) {
                try {
                    ZonedDateTime at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
                    Duration until = Duration.between(ZonedDateTime.now(at.getZone()), at);
                    return java.util.Optional.of(until.isNegative() ? Duration.ZERO : until);
                } catch (DateTimeParseException notADate) {
                    return java.util.Optional.empty();
                }
            }
        });
    }

    private void pause(Duration duration, String vendor) throws ConnectorFailure {
        try {
            sleeper.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectorFailure(ConnectorFailure.Kind.UNAVAILABLE, "interrupted while waiting to retry " + vendor, e);
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
