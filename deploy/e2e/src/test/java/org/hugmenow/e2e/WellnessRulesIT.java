package org.hugmenow.e2e;

import static org.hugmenow.e2e.WellnessFixtures.awaitNotification;
import static org.hugmenow.e2e.WellnessFixtures.hug;
import static org.hugmenow.e2e.WellnessFixtures.hugBox;
import static org.hugmenow.e2e.WellnessFixtures.notifications;
import static org.hugmenow.e2e.WellnessFixtures.obj;
import static org.hugmenow.e2e.WellnessFixtures.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import org.hugmenow.e2e.WellnessFixtures.Person;
import org.junit.jupiter.api.Test;

/**
 * The wellness rules beyond one endpoint: time zones, quiet hours, blocks and mutes, pseudonyms,
 * crisis resources per tenant and country, plain-text messages, content and recommendations.
 */
class WellnessRulesIT extends DeployedAppIT {

    private static final String V1 = "/api/v1";
    private static String slug;
    private static Person admin;

    private synchronized void tenant() throws Exception {
        if (slug == null) {
            slug = Tenants.uniqueSlug("rules");
            tenants.provision(slug);
            admin = person(api, tenants, slug, "hr", "hr-admin", "employee");
        }
    }

    private Person employee(String prefix) throws Exception {
        tenant();
        return person(api, tenants, slug, prefix, "employee");
    }

    @Test
    void streakDaysAreTheEmployeesLocalDays() throws Exception {
        Person kai = employee("kai");
        // 07:30 UTC is the previous evening in Los Angeles: the local date is the check-in zone's.
        Instant base = Instant.now().minusSeconds(3 * 86_400).atZone(ZoneOffset.UTC).toLocalDate().atTime(7, 30).toInstant(ZoneOffset.UTC);
        for (int i = 0; i < 3; i++) {
            Api.Reply r = api.post(V1 + "/moods", kai.token(), obj("score", 4, "timeZone", "America/Los_Angeles",
                    "recordedAt", base.plusSeconds(i * 86_400L).toString()).toString());
            assertEquals(201, r.status(), r::toString);
            assertEquals(base.plusSeconds(i * 86_400L).atZone(java.time.ZoneId.of("America/Los_Angeles")).toLocalDate().toString(),
                    r.json().getString("localDate"), "the local date comes from the check-in's zone");
        }
        JsonObject streak = api.get(V1 + "/moods/streak?timeZone=America/Los_Angeles", kai.token()).json();
        assertEquals(3, streak.getInt("longest"));
        // Two of these share a UTC day but not a Tokyo day: three days in a row in Tokyo, two in UTC.
        Person mia = employee("mia");
        for (String at : List.of("2026-03-01T14:00:00Z", "2026-03-01T16:00:00Z", "2026-03-02T16:00:00Z")) {
            api.post(V1 + "/moods", mia.token(), obj("score", 3, "timeZone", "Asia/Tokyo", "recordedAt", at).toString());
        }
        assertEquals(3, api.get(V1 + "/moods/streak", mia.token()).json().getInt("longest"));
    }

    @Test
    void quietHoursHoldAHugWithoutTellingTheSender() throws Exception {
        Person sender = employee("sender");
        Person sleeper = employee("sleeper");
        LocalTime nowUtc = LocalTime.now(ZoneOffset.UTC);
        JsonObject quiet = obj("start", nowUtc.minusHours(1).withSecond(0).withNano(0).toString().substring(0, 5),
                "end", nowUtc.plusHours(2).withSecond(0).withNano(0).toString().substring(0, 5));
        Api.Reply saved = api.put(V1 + "/me/privacy", sleeper.token(), obj("timeZone", "UTC", "quietHours", quiet).toString());
        assertEquals(200, saved.status(), saved::toString);

        JsonObject held = hug(api, sender, sleeper, "warm");
        assertEquals("scheduled", held.getString("status"), "held until quiet hours end");
        // Quiet hours hold hugs, not other notifications: once this later one is in, the hug's would be too.
        Person asker = employee("asker");
        assertEquals(201, api.post(V1 + "/connections", asker.token(), obj("personId", sleeper.id).toString()).status());
        awaitNotification(api, sleeper, "connection.requested", "personId", asker.id);
        assertTrue(hugBox(api, sleeper, "received").isEmpty(), "not delivered during quiet hours");
        assertTrue(notifications(api, sleeper, "hug.received").isEmpty());
        JsonObject asSent = api.get(V1 + "/hugs/" + held.getString("id"), sender.token()).json();
        assertEquals(held.getString("deliverAt"), asSent.getString("deliverAt"), "the sender cannot read the quiet hours from the hug");
    }

    @Test
    void aBlockEndsTheConnectionAndAMuteSilencesHugs() throws Exception {
        Person ann = employee("ann");
        Person bob = employee("bob");
        String[] ids = WellnessFixtures.connect(api, ann, bob);
        assertEquals(200, api.put(V1 + "/connections/" + ids[0] + "/sharing", ann.token(), obj("level", "full").toString()).status());
        api.post(V1 + "/moods", ann.token(), obj("score", 2, "timeZone", "UTC").toString());
        assertEquals("full", api.get(V1 + "/connections/" + ids[1] + "/mood", bob.token()).json().getString("level"));

        assertEquals(204, api.put(V1 + "/hugs/blocks/" + bob.id, ann.token(), obj("kind", "block").toString()).status());
        assertEquals(404, api.get(V1 + "/connections/" + ids[1] + "/mood", bob.token()).status(), "the connection is gone");
        assertEquals(400, api.post(V1 + "/connections", bob.token(), obj("personId", ann.id).toString()).status());
        assertEquals(400, api.post(V1 + "/hugs", bob.token(), obj("recipientId", ann.id, "type", "warm").toString()).status());

        Person cat = employee("cat");
        Person dan = employee("dan");
        assertEquals(204, api.put(V1 + "/hugs/blocks/" + dan.id, cat.token(), obj("kind", "mute").toString()).status());
        hug(api, dan, cat, "cheer");
        Person eve = employee("eve");
        hug(api, eve, cat, "cheer");
        // Eve's hug came after Dan's: once hers is announced, his would have been.
        awaitNotification(api, cat, "hug.received", "senderId", eve.id);
        assertEquals(2, hugBox(api, cat, "received").size(), "muted hugs still arrive");
        assertEquals(1, notifications(api, cat, "hug.received").size(), "but only the unmuted one is announced");
    }

    @Test
    void aPseudonymHidesTheNameFromColleagues() throws Exception {
        Person shy = employee("shy");
        Person other = employee("other");
        assertEquals(200, api.put(V1 + "/me/privacy", shy.token(), obj("pseudonym", "Blue Heron", "usePseudonym", true).toString()).status());
        List<JsonObject> found = WellnessFixtures.elements(api.get(V1 + "/directory/people?q=heron", other.token()));
        assertEquals(List.of(shy.id), WellnessFixtures.ids(found).stream().filter(shy.id::equals).toList());
        assertEquals("Blue Heron", WellnessFixtures.findBy(found, "id", shy.id).getString("displayName"));
        assertTrue(WellnessFixtures.elements(api.get(V1 + "/directory/people?q=" + shy.username, other.token())).stream()
                .noneMatch(p -> shy.id.equals(p.getString("id"))), "the username does not unmask the pseudonym");
        JsonObject h = hug(api, shy, other, "warm");
        assertEquals("Blue Heron", h.getString("senderName"));
        Api.Reply invalid = api.put(V1 + "/me/privacy", shy.token(), obj("timeZone", "Mars/Base", "country", "XX",
                "quietHours", obj("start", "25:00", "end", "07:00")).toString());
        WellnessFixtures.assertFieldError(invalid, "timeZone", "bad zone");
        WellnessFixtures.assertFieldError(invalid, "country", "bad country");
        WellnessFixtures.assertFieldError(invalid, "quietHours", "bad quiet hours");
        assertEquals("Blue Heron", api.get(V1 + "/me/privacy", shy.token()).json().getString("pseudonym"), "nothing changed");
    }

    @Test
    void crisisResourcesFollowTheTenantAndCountryAndReachNoOneElse() throws Exception {
        Person low = employee("low");
        Person friend = employee("friend");
        String own = "[{\"name\":\"Acme Care Line\",\"phone\":\"0800 000 111\",\"url\":null,\"text\":\"Our 24/7 line\"}]";
        assertEquals(200, api.put(V1 + "/tenant/settings/wellness.crisis-resources.de", admin.token(), obj("value", own).toString()).status());
        api.put(V1 + "/me/privacy", low.token(), obj("country", "DE").toString());
        String[] ids = WellnessFixtures.connect(api, low, friend);
        api.put(V1 + "/connections/" + ids[0] + "/sharing", low.token(), obj("level", "full").toString());

        JsonObject entry = api.post(V1 + "/moods", low.token(), obj("score", 1, "timeZone", "Europe/Berlin").toString()).json();
        assertEquals("Acme Care Line", entry.getJsonArray("crisisResources").getJsonObject(0).getString("name"));
        Api.Reply seen = api.get(V1 + "/connections/" + ids[1] + "/mood", friend.token());
        assertFalse(seen.body().contains("crisis") || seen.body().contains("Care Line"), "nobody else is told");
        // A hug after the check-in: once it is announced, anything the check-in told the friend would be there too.
        hug(api, low, friend, "warm");
        awaitNotification(api, friend, "hug.received", "senderId", low.id);
        assertTrue(WellnessFixtures.elements(api.get(V1 + "/notifications", friend.token())).stream()
                .noneMatch(n -> n.toString().contains("crisis")));
        JsonObject gb = api.post(V1 + "/moods", employee("gb").token(), obj("score", 1, "timeZone", "UTC").toString()).json();
        assertFalse(gb.getJsonArray("crisisResources").isEmpty(), "built-in resources without a tenant setting");
    }

    @Test
    void messagesArePlainTextAndRequestMessagesHaveALimit() throws Exception {
        Person a = employee("a");
        Person b = employee("b");
        String html = "<img src=x onerror=alert(1)> & \"quotes\"";
        JsonObject sent = api.post(V1 + "/hugs", a.token(), obj("recipientId", b.id, "type", "warm", "message", html).toString()).json();
        assertEquals(html, sent.getString("message"));
        assertEquals(html, api.get(V1 + "/hugs/" + sent.getString("id"), b.token()).json().getString("message"));
        WellnessFixtures.connect(api, a, b);
        Api.Reply tooLong = api.post(V1 + "/hug-requests", a.token(), obj("recipientIds", List.of(b.id), "message", "x".repeat(501)).toString());
        WellnessFixtures.assertFieldError(tooLong, "message", "501 characters");
        assertTrue(WellnessFixtures.elements(api.get(V1 + "/hug-requests?box=sent", a.token())).isEmpty(), "nothing stored");
    }

    @Test
    void contentComesFromTheCatalogueAndTheTenantAndRecommendationsGiveTheirReason() throws Exception {
        Person tired = employee("tired");
        Api.Reply added = api.post(V1 + "/content", admin.token(), obj("kind", "sleep", "title", "Acme nap room", "summary", "Book it",
                "body", "Level 3, any time.", "minutes", 20).toString());
        assertEquals(201, added.status(), added::toString);
        assertEquals(403, api.post(V1 + "/content", tired.token(), obj("kind", "sleep", "title", "x", "summary", "x", "body", "x",
                "minutes", 1).toString()).status());
        List<JsonObject> sleep = WellnessFixtures.elements(api.get(V1 + "/content?kind=sleep", tired.token()));
        assertTrue(sleep.stream().anyMatch(i -> "tenant".equals(i.getString("source"))));
        assertTrue(sleep.stream().anyMatch(i -> "global".equals(i.getString("source"))));
        assertTrue(sleep.stream().allMatch(i -> "sleep".equals(i.getString("kind"))));

        for (int i = 0; i < 3; i++) {
            api.post(V1 + "/moods", tired.token(), obj("score", 2, "emotions", List.of("stressed"), "timeZone", "UTC",
                    "factors", obj("sleepHours", 5), "recordedAt", Instant.now().minusSeconds(3600L * (i + 1)).toString()).toString());
        }
        List<JsonObject> picks = WellnessFixtures.elements(api.get(V1 + "/content/recommendations", tired.token()));
        assertTrue(picks.stream().anyMatch(p -> p.getJsonObject("item").getString("kind").equals("breathing")
                && p.getString("reason").contains("stress")), picks::toString);
        assertTrue(picks.stream().anyMatch(p -> p.getJsonObject("item").getString("kind").equals("sleep")
                && p.getString("reason").contains("5.0 hours")), picks::toString);
    }

    @Test
    void theOtherSideOfAHugOrRequestCannotActForItsOwner() throws Exception {
        Person owner = employee("owner");
        Person peer = employee("peer");
        WellnessFixtures.connect(api, owner, peer);
        JsonObject scheduled = api.post(V1 + "/hugs", owner.token(), obj("recipientId", peer.id, "type", "celebrate",
                "deliverAt", Instant.now().plusSeconds(3600).toString()).toString()).json();
        String hugId = scheduled.getString("id");
        assertEquals(404, api.get(V1 + "/hugs/" + hugId, peer.token()).status(), "not the recipient's until delivered");
        assertEquals(404, api.delete(V1 + "/hugs/" + hugId, peer.token()).status(), "only the sender cancels");
        assertEquals(404, api.post(V1 + "/hugs/" + hugId + "/report", peer.token(), obj("reason", "x").toString()).status());
        Api.Reply request = api.post(V1 + "/hug-requests", owner.token(), obj("recipientIds", List.of(peer.id)).toString());
        assertEquals(201, request.status(), request::toString);
        String requestId = request.json().getString("id");
        assertEquals(200, api.get(V1 + "/hug-requests/" + requestId, peer.token()).status(), "the person asked sees it");
        assertEquals(404, api.delete(V1 + "/hug-requests/" + requestId, peer.token()).status(), "only the requester closes it");
        assertEquals("open", api.get(V1 + "/hug-requests/" + requestId, owner.token()).json().getString("status"));
        assertEquals(204, api.delete(V1 + "/hugs/" + hugId, owner.token()).status());
        assertEquals("cancelled", api.get(V1 + "/hugs/" + hugId, owner.token()).json().getString("status"));
    }
}
