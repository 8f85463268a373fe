package org.hugmenow.e2e;

import static org.hugmenow.e2e.WellnessFixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hugmenow.e2e.WellnessFixtures.Person;
import org.junit.jupiter.api.Test;

/**
 * {@code Idempotency-Key} on {@code POST /moods} and {@code POST /hugs}, as an app resending its
 * offline queue uses it: a repeat stores nothing and answers with what the first stored; the same
 * key with another body is refused; keys are the caller's own; a refused first try leaves the key
 * free. Header names in any letter case, as HTTP/2 clients send them lower-case.
 */
class IdempotencyKeyIT extends DeployedAppIT {

    private static String slug;

    private Person fresh(String prefix) throws Exception {
        if (slug == null) {
            String s = Tenants.uniqueSlug("idem");
            tenants.provision(s);
            slug = s;
        }
        return person(api, tenants, slug, prefix, "employee");
    }

    private Api.Reply post(String path, Person who, String key, String headerName, String body) {
        return api.exchange("POST", V1 + path, Map.of("Authorization", "Bearer " + who.token(), "Content-Type", "application/json",
                headerName, key), body);
    }

    @Test
    void aRepeatedCheckInIsStoredOnceAndAnsweredWithTheFirst() throws Exception {
        Person emma = fresh("emma");
        String key = UUID.randomUUID().toString();
        String body = obj("score", 4, "note", "offline on the train", "timeZone", "Europe/Berlin").toString();
        Api.Reply first = post("/moods", emma, key, "Idempotency-Key", body);
        assertEquals(201, first.status(), first::toString);
        Api.Reply again = post("/moods", emma, key, "idempotency-key", body);
        assertEquals(201, again.status(), again::toString);
        assertEquals(first.json().getString("id"), again.json().getString("id"));
        assertEquals(first.raw().headers().firstValue("Location"), again.raw().headers().firstValue("Location"));
        assertEquals("offline on the train", again.json().getString("note"), "the owner gets their check-in as stored");
        assertEquals(1, moodCount(api, emma));

        Api.Reply other = post("/moods", emma, key, "Idempotency-Key", obj("score", 2, "timeZone", "Europe/Berlin").toString());
        assertEquals(422, other.status(), other::toString);
        assertTrue(other.contentType().startsWith("application/problem+json"), other::toString);
        assertTrue(other.body().contains("Idempotency-Key"), other::toString);
        assertEquals(1, moodCount(api, emma), "a refused reuse stores nothing");

        Api.Reply plain = api.post(V1 + "/moods", emma.token(), body);
        assertEquals(201, plain.status(), plain::toString);
        assertEquals(2, moodCount(api, emma), "without a key every request is a new check-in");
    }

    @Test
    void aKeyIsTheCallersOwn() throws Exception {
        Person emma = fresh("emma");
        Person finn = fresh("finn");
        String key = UUID.randomUUID().toString();
        String body = obj("score", 3, "timeZone", "UTC").toString();
        Api.Reply hers = post("/moods", emma, key, "Idempotency-Key", body);
        Api.Reply his = post("/moods", finn, key, "Idempotency-Key", body);
        assertEquals(201, hers.status(), hers::toString);
        assertEquals(201, his.status(), his::toString);
        assertTrue(!hers.json().getString("id").equals(his.json().getString("id")), "the same key of two people is two check-ins");
        assertEquals(1, moodCount(api, emma));
        assertEquals(1, moodCount(api, finn));
    }

    @Test
    void concurrentRepeatsStoreOneCheckIn() throws Exception {
        Person emma = fresh("emma");
        String key = UUID.randomUUID().toString();
        String body = obj("score", 5, "timeZone", "UTC").toString();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Api.Reply>> replies = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                replies.add(pool.submit(() -> post("/moods", emma, key, "Idempotency-Key", body)));
            }
            Set<String> ids = new HashSet<>();
            for (Future<Api.Reply> f : replies) {
                Api.Reply r = f.get();
                assertEquals(201, r.status(), r::toString);
                ids.add(r.json().getString("id"));
            }
            assertEquals(1, ids.size(), ids::toString);
        } finally {
            pool.shutdown();
        }
        assertEquals(1, moodCount(api, emma));
    }

    @Test
    void aBadKeyIsRefusedAndChangesNothing() throws Exception {
        Person emma = fresh("emma");
        String body = obj("score", 3, "timeZone", "UTC").toString();
        for (String bad : List.of("has space", "x".repeat(256), "\"\"")) {
            Api.Reply r = post("/moods", emma, bad, "Idempotency-Key", body);
            assertEquals(400, r.status(), bad + ": " + r);
            assertTrue(r.contentType().startsWith("application/problem+json") && r.body().contains("Idempotency-Key"), r::toString);
        }
        assertEquals(0, moodCount(api, emma));
    }

    @Test
    void aRepeatedHugIsSentOnceAndARefusedFirstTryLeavesTheKeyFree() throws Exception {
        Person ann = fresh("ann");
        Person ben = fresh("ben");
        String key = UUID.randomUUID().toString();
        Api.Reply refused = post("/hugs", ann, key, "Idempotency-Key", obj("recipientId", ben.id, "type", "no-such-type").toString());
        assertEquals(400, refused.status(), refused::toString);

        String body = obj("recipientId", ben.id, "type", "warm", "message", "Thanks!").toString();
        Api.Reply first = post("/hugs", ann, key, "Idempotency-Key", body);
        assertEquals(201, first.status(), "the refused first try did not use the key up: " + first);
        Api.Reply again = post("/hugs", ann, key, "IDEMPOTENCY-KEY", body);
        assertEquals(201, again.status(), again::toString);
        assertEquals(first.json().getString("id"), again.json().getString("id"));
        assertEquals(1, hugBox(api, ben, "received").size(), "one hug reached ben");
        assertEquals(1, hugBox(api, ann, "sent").size());

        Api.Reply other = post("/hugs", ann, key, "Idempotency-Key", obj("recipientId", ben.id, "type", "cheer").toString());
        assertEquals(422, other.status(), other::toString);
        assertEquals(1, hugBox(api, ben, "received").size());
    }
}
