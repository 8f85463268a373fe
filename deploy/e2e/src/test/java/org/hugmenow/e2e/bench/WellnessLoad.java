package org.hugmenow.e2e.bench;

import jakarta.json.Json;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.hugmenow.launcher.AppProcess;

/**
 * The measured part of {@link WellnessBenchmark}: each operation under the same number of clients, every
 * request with the next of the 64 tokens, all through {@link PostLoad} so GETs and POSTs meet the same
 * generator. Reads run first, on exactly the seeded data; GET /me runs again right before the writes, and
 * the write targets are judged against that run.
 */
final class WellnessLoad {

    private final String api;
    private final List<WellnessBenchmark.User> users;
    private final String historyUrl;
    private final int clients;
    private final Duration warmup;
    private final Duration duration;
    private final Consumer<String> out;
    private final String[] checkIns;
    private final String[] hugs;

    WellnessLoad(String appUrl, List<WellnessBenchmark.User> users, List<String> emotions, String hugType, String historyPath,
                 int clients, Duration warmup, Duration duration, Consumer<String> out) {
        this.api = appUrl + "/api/v1";
        this.users = users;
        this.historyUrl = appUrl + historyPath;
        this.clients = clients;
        this.warmup = warmup;
        this.duration = duration;
        this.out = out;
        this.checkIns = new String[16];
        for (int i = 0; i < checkIns.length; i++) {
            checkIns[i] = Json.createObjectBuilder()
                    .add("score", 2 + i % 4)
                    .add("emotions", Json.createArrayBuilder().add(emotions.get(i % emotions.size()))
                            .add(emotions.get((i + 1) % emotions.size())))
                    .add("note", "Benchmark check-in " + i + ": a long walk at lunch, the afternoon went well.")
                    .add("factors", Json.createObjectBuilder().add("sleepHours", 6.5 + (i % 4) * 0.5).add("exerciseMinutes", 10 * (i % 7)))
                    .add("timeZone", WellnessSeed.ZONE.getId())
                    .build().toString();
        }
        // Sender i sends to i + 1, a connection of theirs; never to themselves.
        this.hugs = new String[users.size()];
        for (int i = 0; i < hugs.length; i++) {
            hugs[i] = Json.createObjectBuilder().add("recipientId", users.get((i + 1) % users.size()).id())
                    .add("type", hugType).add("message", "Benchmark hug: thank you for today!").build().toString();
        }
    }

    void run(long pid, long idleRss, long seededRss) throws Exception {
        out.accept(String.format("load: %d concurrent clients (JDK HttpClient, %d platform threads, HTTP/1.1) on the same cores,"
                + " %d s per operation after a %d s warm-up, requests rotating over %d tokens", clients, clients,
                duration.toSeconds(), warmup.toSeconds(), users.size()));
        RssSampler sampler = new RssSampler(pid);
        sampler.start();
        List<PostLoad.Result> results = new ArrayList<>();
        // The first load after seeding ran slower in every run (JIT of both JVMs, the database's caches):
        // a mixed warm-up that is not reported keeps that out of the first measured operation.
        out.accept("warming up the whole stack (not reported): GET /me and trends, " + (warmup.toSeconds() + duration.toSeconds()) + " s");
        PostLoad.run("warm-up", (http, n) -> PostLoad.once(http, PostLoad.get(api + (n % 2 == 0 ? "/me" : "/moods/trends"), token(n))),
                clients, warmup, duration);
        PostLoad.Result me = measure(results, "GET /me", (http, n) -> PostLoad.once(http, PostLoad.get(api + "/me", token(n))));
        PostLoad.Result trends = measure(results, "GET /moods/trends (last 365 days)",
                (http, n) -> PostLoad.once(http, PostLoad.get(api + "/moods/trends", token(n))));
        PostLoad.Result history = measure(results, "GET /moods, 1 year, every page (limit=200)",
                (http, n) -> PostLoad.walk(http, historyUrl, token(n), 100));
        PostLoad.Result inbox = measure(results, "GET /notifications (inbox)",
                (http, n) -> PostLoad.once(http, PostLoad.get(api + "/notifications", token(n))));
        PostLoad.Result meBeside = measure(results, "GET /me, again, right before the writes",
                (http, n) -> PostLoad.once(http, PostLoad.get(api + "/me", token(n))));
        PostLoad.Result checkIn = measure(results, "POST /moods (create check-in)",
                (http, n) -> PostLoad.once(http, PostLoad.post(api + "/moods", token(n), checkIns[(int) (n % checkIns.length)])));
        PostLoad.Result hug = measure(results, "POST /hugs (send hug)",
                (http, n) -> PostLoad.once(http, PostLoad.post(api + "/hugs", token(n), hugs[index(n)])));
        sampler.stop();

        out.accept("");
        out.accept(String.format("%-46s %9s %9s %9s %8s  %s", "operation (2xx only in ops/s and percentiles)", "ops/s",
                "p50 ms", "p99 ms", "errors", "notes"));
        for (PostLoad.Result r : results) {
            String notes = r == history ? String.format("%.2f pages per walk (%.0f pages/s)", r.requestsPerOperation(),
                    r.requests() / r.seconds()) : "";
            out.accept(String.format("%-46s %9.1f %9.2f %9.2f %8d  %s", r.name(), r.throughput(), r.p50Ms(), r.p99Ms(),
                    r.errors(), notes));
            if (r.errors() > 0) {
                out.accept("    non-2xx/failed: " + PostLoad.describeFailures(r));
                r.samples().forEach(sample -> out.accept("      e.g. " + sample));
            }
        }
        out.accept("");
        out.accept("targets (writes against \"" + meBeside.name() + "\"):");
        double share = 100 * checkIn.throughput() / meBeside.throughput();
        target(String.format("create check-in throughput %.1f/s = %.0f%% of /me's %.1f/s (target >= 50%%)",
                checkIn.throughput(), share, meBeside.throughput()), share >= 50, checkIn, meBeside);
        target(String.format("create check-in p99 %.2f ms = %.2f x /me's p99 %.2f ms (target <= 2 x)",
                checkIn.p99Ms(), checkIn.p99Ms() / meBeside.p99Ms(), meBeside.p99Ms()),
                checkIn.p99Ms() <= 2 * meBeside.p99Ms(), checkIn, meBeside);
        target(String.format("send hug p99 %.2f ms = %.2f x /me's p99 %.2f ms (target <= 2 x)",
                hug.p99Ms(), hug.p99Ms() / meBeside.p99Ms(), meBeside.p99Ms()), hug.p99Ms() <= 2 * meBeside.p99Ms(), hug, meBeside);
        target(String.format("trends p50 %.2f ms (target <= 30 ms)", trends.p50Ms()), trends.p50Ms() <= 30, trends);
        out.accept(String.format("  for reference: first GET /me %.1f/s, p99 %.2f ms; history walk p50 %.2f ms; inbox p50 %.2f ms",
                me.throughput(), me.p99Ms(), history.p50Ms(), inbox.p50Ms()));
        out.accept(String.format("app RSS: %d MB idle, %d MB after seeding, peak %d MB under load, %d MB after (heap -Xmx" + AppProcess.HEAP + ")",
                idleRss, seededRss, sampler.peakMb(), Benchmark.rssMb(pid)));
    }

    private PostLoad.Result measure(List<PostLoad.Result> results, String name, PostLoad.Operation operation)
            throws InterruptedException {
        PostLoad.Result result = PostLoad.run(name, operation, clients, warmup, duration);
        out.accept(String.format("  %-46s %9.1f ops/s  p50 %7.2f ms  p99 %8.2f ms  errors %d", name, result.throughput(),
                result.p50Ms(), result.p99Ms(), result.errors()));
        results.add(result);
        return result;
    }

    private void target(String figure, boolean met, PostLoad.Result... involved) {
        long errors = 0;
        boolean measured = true;
        for (PostLoad.Result r : involved) {
            errors += r.errors();
            measured &= r.operations() > 0;
        }
        String verdict = !measured ? "NOT MEASURED (no 2xx operations)" : met ? "met" : "MISSED";
        out.accept("  " + figure + ": " + verdict + (measured && errors > 0 ? " (with " + errors + " non-2xx/failed)" : ""));
    }

    private int index(long sequence) {
        return (int) (sequence % users.size());
    }

    private String token(long sequence) {
        return users.get(index(sequence)).token();
    }
}
