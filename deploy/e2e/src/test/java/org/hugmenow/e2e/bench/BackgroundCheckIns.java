package org.hugmenow.e2e.bench;

import jakarta.json.spi.JsonProvider;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Check-ins written at a fixed rate in the background (open loop: one POST every 1/rate s, answered or
 * not), rotating over users, so the projection lag is measured under write load rather than alone.
 */
final class BackgroundCheckIns implements AutoCloseable {

    /** Looked up once: a lookup per call scans the class path. */
    private static final JsonProvider JSON = JsonProvider.provider();
    private final ScheduledExecutorService ticks = Executors.newSingleThreadScheduledExecutor();
    private final HttpClient http = HttpClient.newHttpClient();
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong ok = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final long started = System.nanoTime();

    BackgroundCheckIns(String appUrl, List<WellnessBenchmark.User> users, List<String> emotions, int perSecond) {
        long periodMicros = 1_000_000L / perSecond;
        ticks.scheduleAtFixedRate(() -> {
            long n = sent.getAndIncrement();
            WellnessBenchmark.User user = users.get((int) (n % users.size()));
            String body = JSON.createObjectBuilder().add("score", 1 + (int) (n % 5))
                    .add("emotions", JSON.createArrayBuilder().add(emotions.get((int) (n % emotions.size()))))
                    .add("timeZone", WellnessSeed.ZONE.getId()).build().toString();
            http.sendAsync(PostLoad.post(appUrl + "/api/v1/moods", user.token(), body), HttpResponse.BodyHandlers.discarding())
                    .whenComplete((response, error) -> (error == null && response.statusCode() / 100 == 2 ? ok : failed).incrementAndGet());
        }, 0, periodMicros, TimeUnit.MICROSECONDS);
    }

    /** e.g. "200.0/s sent, 199.1/s accepted, 0 failed". */
    String summary() {
        double seconds = (System.nanoTime() - started) / 1e9;
        return String.format("%.1f/s sent, %.1f/s accepted, %d failed", sent.get() / seconds, ok.get() / seconds, failed.get());
    }

    @Override
    public void close() throws InterruptedException {
        ticks.shutdownNow();
        ticks.awaitTermination(5, TimeUnit.SECONDS);
    }
}
