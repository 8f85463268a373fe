package org.hugmenow.e2e.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * A closed-loop load of N platform threads on the JDK HttpClient for any method, where {@link LoadRun} and
 * {@link WrkRun} only GET one URL with one token. Each client repeats an {@link Operation} (one GET, one POST,
 * or a walk over several pages) for a fixed time after a warm-up whose results are dropped. Latencies of 2xx
 * operations go into a long[] per client and percentiles are taken as LoadRun takes them; non-2xx answers
 * and failures are counted by status, and a few of their bodies are kept to print.
 */
final class PostLoad {

    /** Status recorded for an operation that threw (connection refused, timeout, ...). */
    static final int FAILED = -1;
    /** Status recorded for a page walk whose {@code nextCursor} did not run out. */
    static final int RUNAWAY = -2;

    private static final int SAMPLES = 3;

    private PostLoad() {
    }

    /** One unit of measured work; {@code sequence} counts up across all clients, for rotating tokens. */
    @FunctionalInterface
    interface Operation {
        Outcome perform(HttpClient http, long sequence) throws IOException, InterruptedException;
    }

    /** The last status of an operation, the HTTP requests it took, and the body of a failure. */
    record Outcome(int status, int requests, String errorBody) {
        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    /** Throughput and percentiles count 2xx operations only; {@code failures} maps every other status to its count. */
    record Result(String name, long operations, long requests, long errors, double seconds, double p50Ms, double p99Ms,
                  Map<Integer, Long> failures, List<String> samples, double p95Ms) {

        double throughput() {
            return operations / seconds;
        }

        double requestsPerOperation() {
            return operations == 0 ? Double.NaN : (double) requests / operations;
        }
    }

    static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(3)).build();
    }

    static Result run(String name, Operation operation, int clients, Duration warmup, Duration duration)
            throws InterruptedException {
        HttpClient http = client();
        AtomicLong sequence = new AtomicLong();
        Map<Integer, LongAdder> failures = new ConcurrentHashMap<>();
        List<String> samples = new ArrayList<>();
        long[][] latencies = new long[clients][];
        int[] counts = new int[clients];
        long[] requests = new long[clients];
        CountDownLatch done = new CountDownLatch(clients);
        long warmupEnd = System.nanoTime() + warmup.toNanos();
        long end = warmupEnd + duration.toNanos();
        for (int c = 0; c < clients; c++) {
            int client = c;
            Thread thread = new Thread(() -> {
                long[] mine = new long[4096];
                int count = 0;
                long sent = 0;
                try {
                    while (true) {
                        long start = System.nanoTime();
                        if (start >= end) {
                            break;
                        }
                        Outcome outcome;
                        try {
                            outcome = operation.perform(http, sequence.getAndIncrement());
                        } catch (IOException | RuntimeException e) {
                            outcome = new Outcome(FAILED, 0, e.toString());
                        }
                        long took = System.nanoTime() - start;
                        if (start < warmupEnd) {
                            continue;
                        }
                        if (!outcome.ok()) {
                            failures.computeIfAbsent(outcome.status(), k -> new LongAdder()).increment();
                            synchronized (samples) {
                                if (samples.size() < SAMPLES) {
                                    samples.add(outcome.status() + " " + shorten(outcome.errorBody()));
                                }
                            }
                            continue;
                        }
                        if (count == mine.length) {
                            mine = Arrays.copyOf(mine, count * 2);
                        }
                        mine[count++] = took;
                        sent += outcome.requests();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    latencies[client] = mine;
                    counts[client] = count;
                    requests[client] = sent;
                    done.countDown();
                }
            }, "load-" + c);
            thread.setDaemon(true);
            thread.start();
        }
        done.await();
        long total = Arrays.stream(counts).asLongStream().sum();
        long[] all = new long[(int) total];
        int at = 0;
        for (int c = 0; c < clients; c++) {
            System.arraycopy(latencies[c], 0, all, at, counts[c]);
            at += counts[c];
        }
        Arrays.sort(all);
        Map<Integer, Long> failed = new TreeMap<>();
        failures.forEach((status, n) -> failed.put(status, n.sum()));
        long errors = failed.values().stream().mapToLong(Long::longValue).sum();
        return new Result(name, total, Arrays.stream(requests).sum(), errors, duration.toMillis() / 1000.0,
                percentile(all, 0.50), percentile(all, 0.99), failed, List.copyOf(samples), percentile(all, 0.95));
    }

    /** Which of the run's clients (0 .. clients - 1) is calling, for an operation that keeps one identity per client. */
    static int clientIndex() {
        String name = Thread.currentThread().getName();
        return name.startsWith("load-") ? Integer.parseInt(name.substring(5)) : 0;
    }

    static HttpRequest get(String url, String token) {
        return request(url, token).GET().build();
    }

    static HttpRequest post(String url, String token, String json) {
        return request(url, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    /** One request; the body is decoded only when the status is not 2xx. */
    static Outcome once(HttpClient http, HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        int status = response.statusCode();
        return new Outcome(status, 1, status >= 200 && status < 300 ? null : text(response.body()));
    }

    /**
     * GETs {@code firstUrl} (which already has a query) and follows {@code nextCursor} until it is null or
     * absent, as one operation; the outcome counts the pages read.
     */
    static Outcome walk(HttpClient http, String firstUrl, String token, int maxPages) throws IOException, InterruptedException {
        String url = firstUrl;
        for (int page = 1; page <= maxPages; page++) {
            HttpResponse<byte[]> response = http.send(get(url, token), HttpResponse.BodyHandlers.ofByteArray());
            int status = response.statusCode();
            if (status < 200 || status >= 300) {
                return new Outcome(status, page, text(response.body()));
            }
            String cursor = nextCursor(text(response.body()));
            if (cursor == null) {
                return new Outcome(status, page, null);
            }
            url = firstUrl + "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8);
        }
        return new Outcome(RUNAWAY, maxPages, "nextCursor still set after " + maxPages + " pages");
    }

    /**
     * The string value of the top-level {@code nextCursor}, or null when it is null, empty or absent. Found
     * without a JSON parser to keep the generator's CPU for the app; the key cannot occur unescaped inside a
     * string value, and the last occurrence is taken because it usually follows {@code items}.
     */
    static String nextCursor(String json) {
        String key = "\"nextCursor\"";
        int at = json.lastIndexOf(key);
        if (at < 0) {
            return null;
        }
        int i = at + key.length();
        while (i < json.length() && (Character.isWhitespace(json.charAt(i)) || json.charAt(i) == ':')) {
            i++;
        }
        if (i >= json.length() || json.charAt(i) != '"') {
            return null;
        }
        StringBuilder cursor = new StringBuilder();
        for (i++; i < json.length(); i++) {
            char ch = json.charAt(i);
            if (ch == '"') {
                return cursor.length() == 0 ? null : cursor.toString();
            }
            if (ch == '\\' && i + 1 < json.length()) {
                char escaped = json.charAt(++i);
                if (escaped == 'u' && i + 4 < json.length()) {
                    cursor.append((char) Integer.parseInt(json.substring(i + 1, i + 5), 16));
                    i += 4;
                } else {
                    cursor.append(escaped);
                }
            } else {
                cursor.append(ch);
            }
        }
        return null;
    }

    static String describeFailures(Result result) {
        StringBuilder text = new StringBuilder();
        result.failures().forEach((status, n) -> text.append(text.length() == 0 ? "" : ", ")
                .append(status == FAILED ? "exception" : status == RUNAWAY ? "cursor never ended" : "HTTP " + status)
                .append(" x").append(n));
        return text.toString();
    }

    private static HttpRequest.Builder request(String url, String token) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token);
    }

    private static String text(byte[] body) {
        return body == null ? "" : new String(body, StandardCharsets.UTF_8);
    }

    private static String shorten(String text) {
        if (text == null) {
            return "";
        }
        String flat = text.replaceAll("\\s+", " ").trim();
        return flat.length() <= 240 ? flat : flat.substring(0, 240) + "...";
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))] / 1_000_000.0;
    }
}
