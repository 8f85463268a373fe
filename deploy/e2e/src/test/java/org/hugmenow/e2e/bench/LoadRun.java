package org.hugmenow.e2e.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/** A closed-loop load of N concurrent clients for a fixed time, recording every latency. */
final class LoadRun {

    record Result(String name, long requests, long errors, double seconds, double p50Ms, double p99Ms) {
        double throughput() {
            return requests / seconds;
        }
    }

    static Result run(String name, String url, String token, int clients, Duration duration) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET();
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        HttpRequest request = builder.build();
        List<long[]> perClient = new ArrayList<>();
        AtomicLong errors = new AtomicLong();
        CountDownLatch done = new CountDownLatch(clients);
        long warmupEnd = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        long end = warmupEnd + duration.toNanos();
        long[] counts = new long[clients];
        for (int c = 0; c < clients; c++) {
            long[] latencies = new long[2_000_000];
            perClient.add(latencies);
            int client = c;
            Thread thread = new Thread(() -> {
                try {
                    while (true) {
                        long start = System.nanoTime();
                        if (start > end) {
                            break;
                        }
                        HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
                        long took = System.nanoTime() - start;
                        if (start < warmupEnd) {
                            continue;
                        }
                        if (response.statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                        if (counts[client] < latencies.length) {
                            latencies[(int) counts[client]++] = took;
                        }
                    }
                } catch (Exception e) {
                    errors.incrementAndGet();
                } finally {
                    done.countDown();
                }
            });
            thread.setDaemon(true);
            thread.start();
        }
        done.await();
        long total = Arrays.stream(counts).sum();
        long[] all = new long[(int) total];
        int at = 0;
        for (int c = 0; c < clients; c++) {
            System.arraycopy(perClient.get(c), 0, all, at, (int) counts[c]);
            at += (int) counts[c];
        }
        Arrays.sort(all);
        return new Result(name, total, errors.get(), duration.toMillis() / 1000.0,
                percentile(all, 0.50), percentile(all, 0.99));
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))] / 1_000_000.0;
    }
}
