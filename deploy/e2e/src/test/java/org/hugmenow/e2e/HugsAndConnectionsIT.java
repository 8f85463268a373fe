package org.hugmenow.e2e;

import static org.hugmenow.e2e.WellnessFixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hugmenow.e2e.WellnessFixtures.EventStream;
import org.hugmenow.e2e.WellnessFixtures.Person;
import org.junit.jupiter.api.Test;

/** Hugs, hug requests, connections with their sharing levels, and notifications (list, preferences, SSE). */
class HugsAndConnectionsIT extends DeployedAppIT {

    private static String slug;
    private static Person hr;
    private static List<String> vocabulary;

    /** One tenant and one HR admin per class, made on first use; every test gets its own employees. */
    private Person fresh(String prefix) throws Exception {
        if (slug == null) {
            String s = Tenants.uniqueSlug("hugs");
            tenants.provision(s);
            slug = s;
        }
        if (hr == null) {
            hr = person(api, tenants, slug, "hera", "hr-admin");
            vocabulary = vocabulary(api, hr.token());
        }
        return person(api, tenants, slug, prefix, "employee");
    }

    private Api.Reply send(Person from, Object... body) {
        return api.post(V1 + "/hugs", from.token(), obj(body).toString());
    }

    @Test
    void aHugIsDeliveredToTheColleagueAndNotifiesThem() throws Exception {
        Person ann = fresh("ann");
        Person ben = fresh("ben");
        Api.Reply sent = send(ann, "recipientId", ben.id, "type", "warm", "message", "Thanks for covering my shift");
        assertEquals(201, sent.status(), sent::toString);
        JsonObject hug = sent.json();
        String id = hug.getString("id");
        assertEquals(List.of("delivered", ann.id, ben.id, "warm", "Thanks for covering my shift"), List.of(hug.getString("status"),
                hug.getString("senderId"), hug.getString("recipientId"), hug.getString("type"), hug.getString("message")));
        assertFalse(absent(hug, "deliveredAt"), hug::toString);
        assertEquals(List.of(id), ids(hugBox(api, ben, "received")));
        assertEquals(List.of(id), ids(hugBox(api, ann, "sent")));
        assertTrue(hugBox(api, ann, "received").isEmpty());
        assertEquals("Thanks for covering my shift", api.get(V1 + "/hugs/" + id, ben.token()).json().getString("message"));
        JsonObject notification = awaitNotification(api, ben, "hug.received");
        assertTrue(absent(notification, "readAt"), notification::toString);
        assertTrue(notifications(api, ann, "hug.received").isEmpty(), "the sender gets none");
    }

    @Test
    void hugTypesAreListedAndHrAddsTenantTypes() throws Exception {
        Person ann = fresh("ann");
        Person ben = fresh("ben");
        List<JsonObject> types = elements(api.get(V1 + "/hugs/types", ann.token()));
        for (String key : List.of("warm", "support", "cheer", "celebrate", "thank-you")) {
            JsonObject type = findBy(types, "key", key);
            assertNotNull(type, key + " in " + types);
            assertFalse(type.getBoolean("custom"), key);
        }
        String key = "highfive" + letters(5);
        JsonObject custom = obj("key", key, "label", "High five", "meaning", "Nailed it");
        assertProblem(api.post(V1 + "/hugs/types", ann.token(), custom.toString()), 403, "employee adds a hug type");
        assertEquals(201, api.post(V1 + "/hugs/types", hr.token(), custom.toString()).status());
        assertTrue(findBy(elements(api.get(V1 + "/hugs/types", ann.token())), "key", key).getBoolean("custom"));
        assertEquals(201, send(ann, "recipientId", ben.id, "type", key).status(), "a tenant type can be sent");
        assertProblem(send(ann, "recipientId", ben.id, "type", "nosuchtype" + letters(4)), 400, "unknown type");
    }

    @Test
    void aScheduledHugArrivesLaterAndAnotherIsCancelled() throws Exception {
        Person ann = fresh("ann");
        Person ben = fresh("ben");
        Instant soon = Instant.now().plusSeconds(4).truncatedTo(ChronoUnit.SECONDS);
        Api.Reply first = send(ann, "recipientId", ben.id, "type", "cheer", "deliverAt", soon);
        List<String> receivedEarly = ids(hugBox(api, ben, "received"));
        boolean early = Instant.now().isBefore(soon); // the box was read before deliverAt
        Api.Reply second = send(ann, "recipientId", ben.id, "type", "cheer", "deliverAt", soon.plusSeconds(2));
        assertEquals(201, first.status(), first::toString);
        assertEquals(201, second.status(), second::toString);
        String later = first.json().getString("id");
        String cancelled = second.json().getString("id");
        assertEquals("scheduled", first.json().getString("status"));
        assertEquals(soon, Instant.parse(first.json().getString("deliverAt")));
        assertEquals(204, api.delete(V1 + "/hugs/" + cancelled, ann.token()).status());
        assertEquals("cancelled", api.get(V1 + "/hugs/" + cancelled, ann.token()).json().getString("status"));
        assertTrue(!early || receivedEarly.isEmpty(), "nothing arrives before deliverAt: " + receivedEarly);

        Api.poll(() -> api.get(V1 + "/hugs?box=received", ben.token()), r -> r.status() == 200 && r.body().contains(later),
                Duration.ofSeconds(30), "the scheduled hug to be delivered");
        JsonObject delivered = api.get(V1 + "/hugs/" + later, ann.token()).json();
        assertEquals("delivered", delivered.getString("status"));
        assertFalse(absent(delivered, "deliveredAt"));
        assertProblem(api.delete(V1 + "/hugs/" + later, ann.token()), 409, "cancel after delivery");

        Thread.sleep(Math.max(0, Duration.between(Instant.now(), soon.plusSeconds(5)).toMillis()));
        assertEquals("cancelled", api.get(V1 + "/hugs/" + cancelled, ann.token()).json().getString("status"));
        assertEquals(List.of(later), ids(hugBox(api, ben, "received")), "the cancelled hug never arrives");
        awaitNotification(api, ben, "hug.received");
        assertEquals(1, notifications(api, ben, "hug.received").size());
        assertFieldError(send(ann, "recipientId", ben.id, "type", "cheer", "deliverAt", Instant.now().minusSeconds(60)),
                "deliverAt", "deliverAt in the past");
    }

    @Test
    void hugsToSelfBlockedPeopleOrWithLongMessagesAreRefused() throws Exception {
        Person ann = fresh("ann");
        Person ben = fresh("ben");
        assertProblem(send(ann, "recipientId", ann.id, "type", "warm"), 400, "hug to self");
        assertFieldError(send(ann, "recipientId", ben.id, "type", "warm", "message", "x".repeat(501)), "message", "501 characters");
        assertEquals(204, api.put(V1 + "/hugs/blocks/" + ann.id, ben.token(), obj("kind", "block").toString()).status());
        JsonObject block = findBy(elements(api.get(V1 + "/hugs/blocks", ben.token())), "personId", ann.id);
        assertEquals("block", str(block, "kind"));
        assertProblem(send(ann, "recipientId", ben.id, "type", "warm"), 400, "hug to someone who blocked me");
        assertProblem(send(ben, "recipientId", ann.id, "type", "warm"), 400, "hug to someone I blocked");
        assertTrue(hugBox(api, ann, "sent").isEmpty() && hugBox(api, ben, "sent").isEmpty(), "nothing was stored");
        assertEquals(204, api.delete(V1 + "/hugs/blocks/" + ann.id, ben.token()).status());
        assertEquals(201, send(ann, "recipientId", ben.id, "type", "warm", "message", "x".repeat(500)).status());
    }

    @Test
    void theDailyAllowanceIsEnforcedWith429AndRetryAfter() throws Exception {
        Tenants.Login admin = tenants.provisionWithUser("allow", "hana", List.of("hr-admin"));
        Api.Reply set = api.put(V1 + "/tenant/settings/wellness.hugs.daily-allowance", admin.token(), "{\"value\":\"3\"}");
        assertEquals(200, set.status(), set::toString);
        Person sid = person(api, tenants, admin.slug(), "sid", "employee");
        Person rae = person(api, tenants, admin.slug(), "rae", "employee");
        for (int i = 0; i < 3; i++) {
            hug(api, sid, rae, "cheer");
        }
        Api.Reply refused = send(sid, "recipientId", rae.id, "type", "cheer");
        assertProblem(refused, 429, "the fourth hug of the day");
        String retryAfter = refused.header("Retry-After");
        assertNotNull(retryAfter, "Retry-After");
        long seconds = Long.parseLong(retryAfter.trim());
        assertTrue(seconds > 0 && seconds <= 86_400, "Retry-After " + seconds);
        assertEquals(3, hugBox(api, sid, "sent").size());
        assertEquals(3, hugBox(api, rae, "received").size());
    }

    @Test
    void aReportedHugIsHiddenAndShownToHr() throws Exception {
        Person ann = fresh("ann");
        Person ben = fresh("ben");
        String id = hug(api, ann, ben, "support").getString("id");
        String reason = "Made me uncomfortable " + letters(6);
        assertEquals(204, api.post(V1 + "/hugs/" + id + "/report", ben.token(), obj("reason", reason).toString()).status());
        assertFalse(ids(hugBox(api, ben, "received")).contains(id), "hidden from the received box");
        Api.Reply reports = api.get(V1 + "/hugs/reports", hr.token());
        assertEquals(200, reports.status(), reports::toString);
        assertTrue(reports.body().contains(id) && reports.body().contains(reason), reports::toString);
        assertProblem(api.get(V1 + "/hugs/reports", ben.token()), 403, "an employee reads reports");
    }

    @Test
    void countsAreByType() throws Exception {
        Person ann = fresh("ann");
        Person ben = fresh("ben");
        hug(api, ann, ben, "warm");
        hug(api, ann, ben, "warm");
        hug(api, ann, ben, "cheer");
        JsonObject sent = api.get(V1 + "/hugs/counts", ann.token()).json().getJsonObject("sent");
        JsonObject received = api.get(V1 + "/hugs/counts", ben.token()).json().getJsonObject("received");
        for (JsonObject counts : List.of(sent, received)) {
            assertEquals(List.of(2, 1), List.of(counts.getInt("warm"), counts.getInt("cheer")), counts::toString);
            assertEquals(0, counts.getInt("support", 0));
        }
    }

    @Test
    void aTeamHugReachesEveryOtherMemberOnce() throws Exception {
        Person m1 = fresh("mona");
        Person m2 = fresh("mats");
        Person m3 = fresh("mira");
        String team = team(api, hr, m1, m2, m3);
        assertEquals(3, findBy(elements(api.get(V1 + "/directory/teams", m1.token())), "id", team).getInt("memberCount"));
        Api.Reply sent = send(m1, "teamId", team, "type", "celebrate");
        assertEquals(201, sent.status(), sent::toString);
        String group = sent.json().getString("groupId");
        List<JsonObject> hugs = objects(sent.json().getJsonArray("hugs"));
        assertEquals(Set.of(m2.id, m3.id), hugs.stream().map(h -> h.getString("recipientId")).collect(Collectors.toSet()));
        assertTrue(hugs.stream().allMatch(h -> group.equals(str(h, "groupId"))), hugs::toString);
        for (Person m : List.of(m2, m3)) {
            assertEquals(1, hugBox(api, m, "received").stream().filter(h -> group.equals(str(h, "groupId"))).count(), m.username);
        }
        assertTrue(hugBox(api, m1, "received").isEmpty(), "the sender gets none");
    }

    @Test
    void hugRequestsGoToConnectionsAndAreAnsweredWithAHug() throws Exception {
        Person ann = fresh("ann");
        Person ben = fresh("ben");
        Person cat = fresh("cat");
        WellnessFixtures.connect(api, ann, ben);
        Api.Reply asked = api.post(V1 + "/hug-requests", ann.token(), obj("recipientIds", List.of(ben.id), "message", "Tough week").toString());
        assertEquals(201, asked.status(), asked::toString);
        String requestId = asked.json().getString("id");
        assertEquals(List.of("open", ann.id), List.of(asked.json().getString("status"), asked.json().getString("requesterId")));
        JsonObject recipient = objects(asked.json().getJsonArray("recipients")).get(0);
        assertEquals(ben.id, recipient.getString("personId"));
        assertTrue(absent(recipient, "answeredHugId"));
        assertNotNull(findBy(elements(api.get(V1 + "/hug-requests?box=received", ben.token())), "id", requestId));
        awaitNotification(api, ben, "hug-request.received");

        Api.Reply answer = send(ben, "recipientId", ann.id, "type", "support", "requestId", requestId);
        assertEquals(201, answer.status(), answer::toString);
        String hugId = answer.json().getString("id");
        assertEquals(requestId, answer.json().getString("requestId"));
        JsonObject answered = api.get(V1 + "/hug-requests/" + requestId, ann.token()).json();
        assertEquals("answered", answered.getString("status"));
        assertEquals(hugId, str(objects(answered.getJsonArray("recipients")).get(0), "answeredHugId"));
        assertTrue(ids(hugBox(api, ann, "received")).contains(hugId));

        assertProblem(api.post(V1 + "/hug-requests", ann.token(), obj("recipientIds", List.of(cat.id)).toString()), 400,
                "a request to a non-connection");
        String closing = api.post(V1 + "/hug-requests", ann.token(), obj("recipientIds", List.of(ben.id)).toString()).json().getString("id");
        assertSuccess(api.delete(V1 + "/hug-requests/" + closing, ann.token()), "close a request");
        assertEquals("closed", api.get(V1 + "/hug-requests/" + closing, ann.token()).json().getString("status"));
    }

    @Test
    void connectionsAreRequestedAcceptedDeclinedAndRemoved() throws Exception {
        Person ann = fresh("ann");
        Person ben = fresh("ben");
        Person cal = fresh("cal");
        Api.Reply asked = api.post(V1 + "/connections", ann.token(), obj("personId", ben.id).toString());
        assertEquals(201, asked.status(), asked::toString);
        String annSide = asked.json().getString("id");
        assertEquals(List.of(ben.id, "pending", "outgoing"), List.of(asked.json().getString("personId"),
                asked.json().getString("status"), asked.json().getString("direction")));
        JsonObject incoming = findBy(elements(api.get(V1 + "/connections?status=pending", ben.token())), "personId", ann.id);
        assertEquals("incoming", incoming.getString("direction"));
        assertNull(findBy(elements(api.get(V1 + "/connections?status=accepted", ben.token())), "personId", ann.id));
        awaitNotification(api, ben, "connection.requested");

        assertSuccess(api.post(V1 + "/connections/" + incoming.getString("id") + "/accept", ben.token(), null), "accept");
        awaitNotification(api, ann, "connection.accepted");
        JsonObject mine = api.get(V1 + "/connections/" + annSide, ann.token()).json();
        assertEquals(List.of("accepted", "none", "none"), List.of(mine.getString("status"), mine.getString("sharingGiven"),
                mine.getString("sharingReceived")), "accepted, sharing nothing by default");
        assertNotNull(findBy(elements(api.get(V1 + "/connections?status=accepted", ann.token())), "personId", ben.id));

        assertEquals(201, api.post(V1 + "/connections", cal.token(), obj("personId", ann.id).toString()).status());
        String fromCal = connectionWith(api, ann, cal.id).getString("id");
        assertSuccess(api.post(V1 + "/connections/" + fromCal + "/decline", ann.token(), null), "decline");
        assertNull(connectionWith(api, ann, cal.id), "declined requests are gone");
        assertNull(connectionWith(api, cal, ann.id));

        assertEquals(204, api.delete(V1 + "/connections/" + annSide, ann.token()).status());
        assertNull(connectionWith(api, ann, ben.id));
        assertNull(connectionWith(api, ben, ann.id), "removed for both");
        assertEquals(404, api.get(V1 + "/connections/" + incoming.getString("id"), ben.token()).status());
    }

    @Test
    void suggestionsNameTeamMates() throws Exception {
        Person ann = fresh("ann");
        Person dee = fresh("dee");
        Person eli = fresh("eli");
        team(api, hr, ann, dee);
        List<JsonObject> suggestions = elements(api.get(V1 + "/connections/suggestions", ann.token()));
        assertEquals("same-team", str(findBy(suggestions, "personId", dee.id), "reason"), suggestions::toString);
        assertNull(findBy(suggestions, "personId", ann.id), "never myself");
        assertNull(findBy(suggestions, "personId", eli.id), "no reason to suggest eli");
    }

    @Test
    void aConnectionSeesExactlyTheSharedLevelAndNeverNotes() throws Exception {
        Person ann = fresh("ann");
        Person ben = fresh("ben");
        String[] ids = WellnessFixtures.connect(api, ann, ben);
        String note = "private note " + UUID.randomUUID();
        checkIn(api, ann.token(), mood(2, vocabulary.subList(0, 1), note, null, null, "UTC"));
        for (String level : List.of("none", "summary", "full", "none")) {
            assertSuccess(api.put(V1 + "/connections/" + ids[0] + "/sharing", ann.token(), obj("level", level).toString()), level);
            assertEquals(level, api.get(V1 + "/connections/" + ids[0], ann.token()).json().getString("sharingGiven"));
            assertEquals(level, api.get(V1 + "/connections/" + ids[1], ben.token()).json().getString("sharingReceived"));
            Api.Reply seen = api.get(V1 + "/connections/" + ids[1] + "/mood", ben.token());
            assertEquals(200, seen.status(), seen::toString);
            assertFalse(seen.body().contains(note) || seen.body().contains("\"note\""), level + " shows no note: " + seen);
            JsonObject view = seen.json();
            assertEquals(level, view.getString("level"));
            if (!level.equals("full")) {
                assertTrue(absent(view, "entries"), level + ": " + view);
            }
            if (level.equals("none")) {
                assertTrue(absent(view, "summary"), view::toString);
            } else if (level.equals("summary")) {
                JsonObject summary = view.getJsonObject("summary");
                assertTrue(Set.of("low", "medium", "high").contains(str(summary, "todayBand")), view::toString);
                assertEquals(1, summary.getInt("currentStreak"));
            } else {
                List<JsonObject> entries = objects(view.getJsonArray("entries"));
                assertEquals(1, entries.size(), view::toString);
                assertEquals(2, entries.get(0).getInt("score"));
                assertEquals(vocabulary.subList(0, 1), strings(entries.get(0).getJsonArray("emotions")));
                assertFalse(entries.get(0).containsKey("note"));
            }
        }
        JsonObject reverse = api.get(V1 + "/connections/" + ids[0] + "/mood", ann.token()).json();
        assertEquals("none", reverse.getString("level"), "ben shares nothing with ann");
    }

    @Test
    void notificationsCountAndAreMarkedRead() throws Exception {
        Person ann = fresh("ann");
        Person ben = fresh("ben");
        hug(api, ann, ben, "warm");
        hug(api, ann, ben, "cheer");
        Api.poll(() -> api.get(V1 + "/notifications/unread-count", ben.token()), r -> r.status() == 200 && r.json().getInt("unread") >= 2,
                Duration.ofSeconds(20), "two unread notifications");
        List<JsonObject> unread = objects(api.get(V1 + "/notifications?unreadOnly=true", ben.token()).items());
        assertEquals(2, unread.size(), unread::toString);
        String first = unread.get(0).getString("id");
        assertEquals(204, api.post(V1 + "/notifications/" + first + "/read", ben.token(), null).status());
        assertEquals(1, api.get(V1 + "/notifications/unread-count", ben.token()).json().getInt("unread"));
        assertFalse(absent(findBy(elements(api.get(V1 + "/notifications", ben.token())), "id", first), "readAt"));
        assertEquals(List.of(unread.get(1).getString("id")), ids(elements(api.get(V1 + "/notifications?unreadOnly=true", ben.token()))));
        assertEquals(204, api.post(V1 + "/notifications/read-all", ben.token(), null).status());
        assertEquals(0, api.get(V1 + "/notifications/unread-count", ben.token()).json().getInt("unread"));
        assertTrue(elements(api.get(V1 + "/notifications?unreadOnly=true", ben.token())).isEmpty());
        assertTrue(elements(api.get(V1 + "/notifications", ben.token())).stream().noneMatch(n -> absent(n, "readAt")));
    }

    @Test
    void aDisabledTypeCreatesNoNotificationButTheHugArrives() throws Exception {
        Person ann = fresh("ann");
        Person cal = fresh("cal");
        assertTrue(findBy(elements(api.get(V1 + "/notifications/preferences", cal.token())), "type", "hug.received").getBoolean("enabled"));
        assertEquals(204, api.put(V1 + "/notifications/preferences/hug.received", cal.token(), obj("enabled", false).toString()).status());
        assertFalse(findBy(elements(api.get(V1 + "/notifications/preferences", cal.token())), "type", "hug.received").getBoolean("enabled"));
        String id = hug(api, ann, cal, "warm").getString("id");
        assertTrue(ids(hugBox(api, cal, "received")).contains(id), "the hug is received all the same");
        assertEquals(201, api.post(V1 + "/connections", ann.token(), obj("personId", cal.id).toString()).status());
        awaitNotification(api, cal, "connection.requested"); // written after the hug's event: the outbox has passed it
        Thread.sleep(2000);
        assertTrue(notifications(api, cal, "hug.received").isEmpty(), "no hug.received notification while disabled");
    }

    @Test
    void theStreamPushesAHugReceivedEvent() throws Exception {
        Person ann = fresh("ann");
        Person ben = fresh("ben");
        try (EventStream stream = EventStream.open(api, ben.token())) {
            hug(api, ann, ben, "warm");
            List<String> event = stream.awaitEvent("hug.received", Duration.ofSeconds(15));
            assertEquals(200, stream.status());
            assertTrue(stream.contentType().startsWith("text/event-stream"), stream.contentType());
            assertTrue(event.stream().anyMatch(l -> l.startsWith("data: ") && l.contains("hug.received")), "data: " + event);
            assertTrue(event.stream().anyMatch(l -> l.startsWith("id: ")), "id: " + event);
        }
    }
}
