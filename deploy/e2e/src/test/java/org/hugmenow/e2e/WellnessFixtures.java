package org.hugmenow.e2e;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.hugmenow.launcher.Tokens;

/** Test data and helpers for the wellness API tests: people, check-in bodies, JSON builders and assertions. */
final class WellnessFixtures {

    static final String V1 = "/api/v1";
    private static final SecureRandom RANDOM = new SecureRandom();

    private WellnessFixtures() {
    }

    /** A user of a tenant, registered in its directory; the token is fetched again before it can expire. */
    static final class Person {
        final String slug;
        final String username;
        final String id;
        private String token;
        private long fetchedAt;

        Person(String slug, String username, String id, String token) {
            this.slug = slug;
            this.username = username;
            this.id = id;
            this.token = token;
            this.fetchedAt = System.nanoTime();
        }

        synchronized String token() {
            if (System.nanoTime() - fetchedAt > Duration.ofMinutes(4).toNanos()) {
                try {
                    token = Tokens.passwordGrant(TestStack.get().keycloak.url(), slug, username, Tenants.PASSWORD);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                fetchedAt = System.nanoTime();
            }
            return token;
        }

        @Override
        public String toString() {
            return username;
        }
    }

    /** A new user with the given roles, registered in the directory by a first GET /me. */
    static Person person(Api api, Tenants tenants, String slug, String prefix, String... roles) throws Exception {
        String username = prefix + "-" + letters(8);
        String token = tenants.tokenFor(slug, username, List.of(roles));
        Api.Reply me = api.get(V1 + "/me", token);
        assertEquals(200, me.status(), me::toString);
        return new Person(slug, username, me.json().getString("userId"), token);
    }

    static String letters(int n) {
        StringBuilder s = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            s.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return s.toString();
    }

    // ---- JSON ----

    /** An object from alternating keys and values (String, Number, Boolean, Instant, LocalDate, Collection, JsonValue). */
    static JsonObject obj(Object... keysAndValues) {
        JsonObjectBuilder b = Json.createObjectBuilder();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            b.add((String) keysAndValues[i], value(keysAndValues[i + 1]));
        }
        return b.build();
    }

    static JsonValue value(Object v) {
        if (v == null) {
            return JsonValue.NULL;
        } else if (v instanceof JsonValue j) {
            return j;
        } else if (v instanceof String s) {
            return Json.createValue(s);
        } else if (v instanceof Integer n) {
            return Json.createValue(n);
        } else if (v instanceof Long n) {
            return Json.createValue(n);
        } else if (v instanceof Double n) {
            return Json.createValue(n);
        } else if (v instanceof Boolean b) {
            return b ? JsonValue.TRUE : JsonValue.FALSE;
        } else if (v instanceof Instant || v instanceof LocalDate) {
            return Json.createValue(v.toString());
        } else if (v instanceof Collection<?> c) {
            JsonArrayBuilder a = Json.createArrayBuilder();
            c.forEach(e -> a.add(value(e)));
            return a.build();
        }
        throw new IllegalArgumentException("no JSON for " + v.getClass());
    }

    /** A copy of {@code base} with one field set. */
    static JsonObject with(JsonObject base, String key, Object value) {
        return Json.createObjectBuilder(base).add(key, value(value)).build();
    }

    static String str(JsonObject o, String key) {
        JsonValue v = o.get(key);
        return v instanceof JsonString s ? s.getString() : null;
    }

    static double num(JsonObject o, String key) {
        return ((JsonNumber) o.get(key)).doubleValue();
    }

    /** Missing or JSON null. */
    static boolean absent(JsonObject o, String key) {
        JsonValue v = o.get(key);
        return v == null || v.getValueType() == JsonValue.ValueType.NULL;
    }

    static List<String> strings(JsonArray a) {
        return a.getValuesAs(JsonString.class).stream().map(JsonString::getString).collect(Collectors.toList());
    }

    static List<JsonObject> objects(JsonArray a) {
        return a.getValuesAs(JsonObject.class);
    }

    /** The elements of a list reply, whether its body is a JSON array or a page {@code {items, nextCursor}}. */
    static List<JsonObject> elements(Api.Reply r) {
        assertEquals(200, r.status(), r::toString);
        return objects(r.body().trim().startsWith("[") ? r.array() : r.items());
    }

    static List<String> ids(List<JsonObject> list) {
        return list.stream().map(o -> o.getString("id")).collect(Collectors.toList());
    }

    static JsonObject findBy(List<JsonObject> list, String key, String value) {
        return list.stream().filter(o -> value.equals(str(o, key))).findFirst().orElse(null);
    }

    // ---- moods ----

    /** A good day at work: score 4, two emotions of the vocabulary, a note, the built-in factors and two tags. */
    static JsonObject goodDay(List<String> vocabulary) {
        return obj("score", 4, "emotions", vocabulary.subList(0, 2), "note", "Long walk at lunch with the team",
                "factors", obj("sleepHours", 7.5, "sleepQuality", 4, "exerciseMinutes", 30),
                "tags", List.of("work", "outdoors"), "timeZone", "Europe/Berlin");
    }

    /** A check-in body; a null note, factors or recordedAt is left out. */
    static JsonObject mood(int score, List<String> emotions, String note, JsonObject factors, Instant recordedAt, String zone) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("score", score).add("emotions", value(emotions))
                .add("tags", JsonValue.EMPTY_JSON_ARRAY).add("timeZone", zone);
        if (note != null) {
            b.add("note", note);
        }
        if (factors != null) {
            b.add("factors", factors);
        }
        if (recordedAt != null) {
            b.add("recordedAt", recordedAt.toString());
        }
        return b.build();
    }

    static JsonObject checkIn(Api api, String token, JsonObject body) {
        Api.Reply r = api.post(V1 + "/moods", token, body.toString());
        assertEquals(201, r.status(), () -> "POST /moods " + body + ": " + r);
        return r.json();
    }

    /** The names of the built-in emotion vocabulary (at least six). */
    static List<String> vocabulary(Api api, String token) {
        List<String> names = new ArrayList<>();
        for (JsonObject e : elements(api.get(V1 + "/emotions", token))) {
            if (!e.getBoolean("custom", false)) {
                names.add(e.getString("name"));
            }
        }
        assertTrue(names.size() >= 6, "the vocabulary has at least six emotions: " + names);
        return names;
    }

    /** Every item of a cursor-paged list, following nextCursor to the end. */
    static List<JsonObject> allPages(Api api, String token, String path, int limit) {
        List<JsonObject> all = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            String url = path + (path.contains("?") ? "&" : "?") + "limit=" + limit
                    + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, UTF_8));
            Api.Reply r = api.get(url, token);
            assertEquals(200, r.status(), () -> "GET " + url + ": " + r);
            List<JsonObject> items = objects(r.items());
            assertTrue(items.size() <= limit, "a page holds at most limit items: " + r);
            all.addAll(items);
            cursor = str(r.json(), "nextCursor");
            assertTrue(++pages < 100, "paging ends");
        } while (cursor != null);
        return all;
    }

    /** The average score of the days that match. */
    static double average(Map<LocalDate, Integer> byDate, java.util.function.Predicate<LocalDate> in) {
        return byDate.entrySet().stream().filter(e -> in.test(e.getKey())).mapToInt(Map.Entry::getValue).average().orElse(Double.NaN);
    }

    /** A trends bucket holds the count and average of the days that match. */
    static void assertBucket(JsonObject bucket, Map<LocalDate, Integer> byDate, java.util.function.Predicate<LocalDate> in,
                             String what) {
        assertEquals(byDate.keySet().stream().filter(in).count(), bucket.getInt("count"), what + " count");
        assertEquals(average(byDate, in), num(bucket, "average"), 0.01, what + " average");
    }

    static int moodCount(Api api, Person p) {
        Api.Reply r = api.get(V1 + "/moods?limit=200", p.token());
        assertEquals(200, r.status(), r::toString);
        return r.items().size();
    }

    // ---- hugs, connections, teams, notifications ----

    static JsonObject hug(Api api, Person from, Person to, String type) {
        Api.Reply r = api.post(V1 + "/hugs", from.token(), obj("recipientId", to.id, "type", type).toString());
        assertEquals(201, r.status(), () -> "hug from " + from + " to " + to + ": " + r);
        return r.json();
    }

    static List<JsonObject> hugBox(Api api, Person p, String box) {
        return elements(api.get(V1 + "/hugs?box=" + box + "&limit=50", p.token()));
    }

    /** {@code a} asks {@code b}, who accepts: the connection's id as a sees it, then as b sees it. */
    static String[] connect(Api api, Person a, Person b) {
        Api.Reply asked = api.post(V1 + "/connections", a.token(), obj("personId", b.id).toString());
        assertEquals(201, asked.status(), asked::toString);
        JsonObject incoming = connectionWith(api, b, a.id);
        assertNotNull(incoming, b + " sees " + a + "'s request");
        Api.Reply accepted = api.post(V1 + "/connections/" + incoming.getString("id") + "/accept", b.token(), null);
        assertSuccess(accepted, "accept");
        return new String[] {asked.json().getString("id"), incoming.getString("id")};
    }

    /** The viewer's connection with another person, or null. */
    static JsonObject connectionWith(Api api, Person viewer, String otherId) {
        return findBy(elements(api.get(V1 + "/connections", viewer.token())), "personId", otherId);
    }

    /** A team made by an admin, with the given members. */
    static String team(Api api, Person admin, Person... members) {
        Api.Reply t = api.post(V1 + "/directory/teams", admin.token(), obj("name", "Team " + letters(6)).toString());
        assertEquals(201, t.status(), t::toString);
        String id = t.json().getString("id");
        for (Person m : members) {
            Api.Reply added = api.put(V1 + "/directory/teams/" + id + "/members/" + m.id, admin.token(), null);
            assertEquals(204, added.status(), added::toString);
        }
        return id;
    }

    static List<JsonObject> notifications(Api api, Person p, String type) {
        return elements(api.get(V1 + "/notifications?limit=50", p.token())).stream()
                .filter(n -> type.equals(str(n, "type"))).collect(Collectors.toList());
    }

    /** Waits for the outbox to deliver a notification of the type; returns it. */
    static JsonObject awaitNotification(Api api, Person p, String type) {
        return awaitNotification(api, p, type, n -> true, "a " + type + " notification for " + p);
    }

    /**
     * Waits for the notification of the type whose payload has {@code key} = {@code value};
     * returns it. The outbox delivers events in the order they fall due, so once a notification
     * asked for later has arrived, one that must not exist would have arrived by now: assert its
     * absence after this, never after a sleep, which passes as well when delivery is merely slow.
     */
    static JsonObject awaitNotification(Api api, Person p, String type, String key, String value) {
        return awaitNotification(api, p, type, n -> n.get("payload") instanceof JsonObject payload && value.equals(str(payload, key)),
                "a " + type + " notification with " + key + " " + value + " for " + p);
    }

    private static JsonObject awaitNotification(Api api, Person p, String type, java.util.function.Predicate<JsonObject> match, String what) {
        Api.poll(() -> api.get(V1 + "/notifications?limit=50", p.token()),
                r -> r.status() == 200 && objects(r.items()).stream().anyMatch(n -> type.equals(str(n, "type")) && match.test(n)),
                Duration.ofSeconds(20), what);
        return notifications(api, p, type).stream().filter(match).findFirst().orElseThrow();
    }

    // ---- assertions ----

    static void assertSuccess(Api.Reply r, String what) {
        assertTrue(r.status() >= 200 && r.status() < 300, () -> what + ": " + r);
    }

    static JsonObject assertProblem(Api.Reply r, int status, String what) {
        assertEquals(status, r.status(), () -> what + ": " + r);
        assertEquals("application/problem+json", r.contentType(), what);
        JsonObject problem = r.json();
        assertEquals(status, problem.getInt("status"), what);
        return problem;
    }

    /** A 400 problem whose errors[] name the field (or an element or member of it, such as emotions[0]). */
    static void assertFieldError(Api.Reply r, String field, String what) {
        JsonObject problem = assertProblem(r, 400, what);
        JsonArray errors = problem.getJsonArray("errors");
        assertNotNull(errors, () -> what + ": errors[] in " + r);
        boolean named = objects(errors).stream().map(e -> str(e, "field")).anyMatch(f -> f != null
                && (f.equals(field) || f.startsWith(field + ".") || f.startsWith(field + "[")));
        assertTrue(named, () -> what + ": errors[] names " + field + ": " + r);
    }

    // ---- export ----

    static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (!e.isDirectory()) {
                    files.put(e.getName(), new String(in.readAllBytes(), UTF_8));
                }
            }
        }
        return files;
    }

    /** A file of an unzipped export by name, at the top or in a folder; null if missing. */
    static String file(Map<String, String> files, String name) {
        return files.entrySet().stream().filter(e -> e.getKey().equals(name) || e.getKey().endsWith("/" + name))
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }

    // ---- server-sent events ----

    /** GET /notifications/stream over HTTP/1.1, read line by line on a daemon thread. */
    static final class EventStream implements AutoCloseable {
        private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        private final List<String> seen = new ArrayList<>();
        private final AtomicReference<Stream<String>> body = new AtomicReference<>();
        private final ExecutorService reader = Executors.newSingleThreadExecutor(task -> {
            Thread t = new Thread(task, "sse-reader");
            t.setDaemon(true);
            return t;
        });
        private final CompletableFuture<HttpResponse<Stream<String>>> response;
        /** When the server ended the body (System.nanoTime()). */
        private final CompletableFuture<Long> ended = new CompletableFuture<>();

        private EventStream(HttpRequest request) {
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(3)).build();
            response = client.sendAsync(request, HttpResponse.BodyHandlers.ofLines());
            response.thenAcceptAsync(r -> {
                body.set(r.body());
                try {
                    r.body().forEach(lines::add);
                } catch (RuntimeException closed) {
                    // closed by the test
                } finally {
                    ended.complete(System.nanoTime());
                }
            }, reader);
        }

        /** Opens the stream and waits for its headers (a server may send them only with the first event). */
        static EventStream open(Api api, String token) throws Exception {
            EventStream stream = new EventStream(HttpRequest.newBuilder(URI.create(api.base() + V1 + "/notifications/stream"))
                    .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream").GET().build());
            try {
                stream.response.get(5, TimeUnit.SECONDS);
            } catch (TimeoutException headersComeWithTheFirstEvent) {
                Thread.sleep(1000);
            }
            return stream;
        }

        /** The lines ("field: value") of the first event with {@code event: type}; fails after the timeout. */
        List<String> awaitEvent(String type, Duration timeout) throws InterruptedException {
            List<String> event = new ArrayList<>();
            boolean found = false;
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline) {
                String line = lines.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                if (line == null) {
                    break;
                }
                seen.add(line);
                if (line.isEmpty()) {
                    if (found) {
                        return event;
                    }
                    event.clear();
                } else {
                    event.add(line.replaceFirst("^(\\w+):\\s?", "$1: "));
                    found |= event.contains("event: " + type);
                }
            }
            assertTrue(found, "an 'event: " + type + "' line within " + timeout + "; lines: " + seen);
            return event;
        }

        int status() {
            return response.join().statusCode();
        }

        /** True if the server ended the stream. */
        boolean ended() {
            return ended.isDone();
        }

        /** When (System.nanoTime()) the server ends the stream; fails if it is still open after the timeout. */
        long awaitEnd(Duration timeout) throws Exception {
            try {
                return ended.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException stillOpen) {
                throw new AssertionError("the stream is still open after " + timeout + "; lines: " + seen + lines);
            }
        }

        String contentType() {
            return response.join().headers().firstValue("Content-Type").orElse("");
        }

        @Override
        public void close() {
            Stream<String> s = body.get();
            if (s != null) {
                s.close();
            }
            response.cancel(true);
            reader.shutdownNow();
        }
    }
}
