package org.hugmenow.e2e;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Clients creating check-ins in a loop, one thread each, recording which ids were answered 201
 * and when; anything else (a 503 during an outage, a broken connection) is counted, not fatal.
 */
final class CheckInLoad {

    private final List<Thread> threads = new ArrayList<>();
    private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    private final ConcurrentLinkedQueue<long[]> acknowledgedAt = new ConcurrentLinkedQueue<>();
    private final Set<Integer> refusedStatuses = ConcurrentHashMap.newKeySet();
    private final AtomicInteger refused = new AtomicInteger();
    private volatile boolean running = true;

    private CheckInLoad() {
    }

    static CheckInLoad start(Api api, List<WellnessFixtures.Person> people, String body) {
        CheckInLoad load = new CheckInLoad();
        for (WellnessFixtures.Person person : people) {
            Thread t = new Thread(() -> load.run(api, person.token(), body), "check-in-" + person.username);
            load.threads.add(t);
            t.start();
        }
        return load;
    }

    private void run(Api api, String token, String body) {
        while (running) {
            long started = System.nanoTime();
            try {
                Api.Reply reply = api.post(WellnessFixtures.V1 + "/moods", token, body);
                if (reply.status() == 201) {
                    acknowledged.add(reply.json().getString("id"));
                    acknowledgedAt.add(new long[] {started, System.nanoTime()});
                } else {
                    refused.incrementAndGet();
                    refusedStatuses.add(reply.status());
                }
            } catch (RuntimeException connectionFailed) {
                refused.incrementAndGet();
                refusedStatuses.add(0);
            }
        }
    }

    Result stop() throws InterruptedException {
        running = false;
        for (Thread t : threads) {
            t.join(Duration.ofSeconds(150).toMillis());
        }
        return new Result(Set.copyOf(acknowledged), List.copyOf(acknowledgedAt), refused.get(), new TreeSet<>(refusedStatuses));
    }

    /** What the clients saw; a refused status 0 stands for a request without any HTTP answer. */
    record Result(Set<String> acknowledged, List<long[]> acknowledgedAtNanos, int refused, Set<Integer> refusedStatuses) {

        /**
         * How long after {@code since} the first 201 came back for a request sent after
         * {@code sentAfter} (so not one already committed before the outage), or null if none did.
         */
        Duration firstAcknowledged(long since, long sentAfter) {
            return acknowledgedAtNanos.stream().filter(t -> t[0] > sentAfter).map(t -> t[1]).min(Long::compare)
                    .map(t -> Duration.ofNanos(t - since)).orElse(null);
        }
    }
}
