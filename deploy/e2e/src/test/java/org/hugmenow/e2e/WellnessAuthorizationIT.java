package org.hugmenow.e2e;

import static org.hugmenow.e2e.WellnessFixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.hugmenow.e2e.WellnessFixtures.Person;
import org.junit.jupiter.api.Test;

/**
 * Who reaches what on the wellness API: owners their own things; strangers, HR admins and other tenants' users
 * get 404 on them; anonymous callers 401; platform operators 403; connections only what is shared with them.
 */
class WellnessAuthorizationIT extends DeployedAppIT {

    private static boolean ready;
    private static String slug;
    private static Person owner;
    private static Person stranger;
    private static Person hr;
    private static Person itAdmin;
    private static Person peer;
    private static Person requester;
    private static Person outsider;
    private static List<String> vocabulary;
    private static String ownerNote;
    private static String moodId;
    private static String hugSent;
    private static String hugReceived;
    private static String scheduledHug;
    private static String requestId;
    private static String connectionId;
    private static String pendingId;
    private static String notificationId;

    /** A method, a path under /api/v1 and a JSON body or null. */
    private record Call(String method, String path, String body) {
        @Override
        public String toString() {
            return method + " /api/v1" + path;
        }
    }

    private static Call call(String method, String path, Object... body) {
        return new Call(method, path, body.length == 0 ? null : obj(body).toString());
    }

    private Api.Reply as(String token, Call c) {
        return api.send(c.method(), V1 + c.path(), token, c.body(), c.body() == null ? null : "application/json");
    }

    /** Two tenants and the owner's things, made once per class on first use; tests only read them. */
    private void setUp() throws Exception {
        if (ready) {
            return;
        }
        slug = Tenants.uniqueSlug("authz");
        String other = Tenants.uniqueSlug("authz-x");
        tenants.provision(slug);
        tenants.provision(other);
        owner = person(api, tenants, slug, "owen", "employee");
        stranger = person(api, tenants, slug, "stan", "employee");
        hr = person(api, tenants, slug, "hilda", "hr-admin");
        itAdmin = person(api, tenants, slug, "ivan", "it-admin");
        peer = person(api, tenants, slug, "pia", "employee");
        requester = person(api, tenants, slug, "rex", "employee");
        outsider = person(api, tenants, other, "xena", "employee");
        vocabulary = vocabulary(api, owner.token());
        ownerNote = "owner's private note " + UUID.randomUUID();
        moodId = checkIn(api, owner.token(), with(goodDay(vocabulary), "note", ownerNote)).getString("id");
        connectionId = WellnessFixtures.connect(api, owner, peer)[0];
        hugSent = hug(api, owner, peer, "warm").getString("id");
        hugReceived = hug(api, peer, owner, "thank-you").getString("id");
        Api.Reply scheduled = api.post(V1 + "/hugs", owner.token(),
                obj("recipientId", peer.id, "type", "cheer", "deliverAt", Instant.now().plusSeconds(3600)).toString());
        assertEquals(201, scheduled.status(), scheduled::toString);
        scheduledHug = scheduled.json().getString("id");
        Api.Reply request = api.post(V1 + "/hug-requests", owner.token(), obj("recipientIds", List.of(peer.id)).toString());
        assertEquals(201, request.status(), request::toString);
        requestId = request.json().getString("id");
        assertEquals(201, api.post(V1 + "/connections", requester.token(), obj("personId", owner.id).toString()).status());
        pendingId = connectionWith(api, owner, requester.id).getString("id");
        notificationId = awaitNotification(api, owner, "hug.received").getString("id");
        ready = true;
    }

    /** Every call that names one of the owner's things by id. */
    private static List<Call> idCalls() {
        return List.of(
                call("GET", "/moods/" + moodId),
                new Call("PUT", "/moods/" + moodId, goodDay(vocabulary).toString()),
                call("DELETE", "/moods/" + moodId),
                call("GET", "/hugs/" + hugSent),
                call("GET", "/hugs/" + hugReceived),
                call("DELETE", "/hugs/" + scheduledHug),
                call("POST", "/hugs/" + hugReceived + "/report", "reason", "spam"),
                call("GET", "/hug-requests/" + requestId),
                call("DELETE", "/hug-requests/" + requestId),
                call("GET", "/connections/" + connectionId),
                call("GET", "/connections/" + connectionId + "/mood"),
                call("PUT", "/connections/" + connectionId + "/sharing", "level", "full"),
                call("DELETE", "/connections/" + connectionId),
                call("POST", "/connections/" + pendingId + "/accept"),
                call("POST", "/connections/" + pendingId + "/decline"),
                call("POST", "/notifications/" + notificationId + "/read"));
    }

    /** Every endpoint of the wellness API, with plausible bodies. */
    private static List<Call> everyEndpoint() {
        String team = UUID.randomUUID().toString();
        String content = UUID.randomUUID().toString();
        List<Call> all = new ArrayList<>(idCalls());
        all.addAll(List.of(
                call("GET", "/directory/people?q=o&limit=5"), call("GET", "/directory/teams"),
                call("POST", "/directory/teams", "name", "Ops"),
                call("PUT", "/directory/teams/" + team + "/members/" + owner.id),
                call("DELETE", "/directory/teams/" + team + "/members/" + owner.id),
                new Call("POST", "/moods", goodDay(vocabulary).toString()), call("GET", "/moods"),
                call("GET", "/moods/calendar?month=" + YearMonth.now(ZoneOffset.UTC)), call("GET", "/moods/trends"),
                call("GET", "/moods/streak?timeZone=UTC"),
                call("GET", "/emotions"), call("POST", "/emotions", "name", "fizzy", "energy", 1, "pleasantness", 1),
                call("DELETE", "/emotions/fizzy"),
                call("GET", "/moods/factors"), call("POST", "/moods/factors", "key", "naps", "label", "Naps", "kind", "number",
                        "scope", "personal"), call("DELETE", "/moods/factors/naps"),
                call("GET", "/hugs/types"), call("POST", "/hugs/types", "key", "nudge", "label", "Nudge", "meaning", "Hi"),
                call("POST", "/hugs", "recipientId", owner.id, "type", "warm"),
                call("GET", "/hugs?box=received"), call("GET", "/hugs?box=sent"), call("GET", "/hugs/counts"),
                call("GET", "/hugs/reports"), call("GET", "/hugs/blocks"),
                call("PUT", "/hugs/blocks/" + owner.id, "kind", "block"), call("DELETE", "/hugs/blocks/" + owner.id),
                call("POST", "/hug-requests", "recipientIds", List.of(owner.id)),
                call("GET", "/hug-requests?box=received"), call("GET", "/hug-requests?box=sent"),
                call("POST", "/connections", "personId", owner.id), call("GET", "/connections"),
                call("GET", "/connections?status=pending"), call("GET", "/connections/suggestions"),
                call("GET", "/notifications"), call("GET", "/notifications/unread-count"),
                call("POST", "/notifications/read-all"), call("GET", "/notifications/preferences"),
                call("PUT", "/notifications/preferences/hug.received", "enabled", false),
                call("GET", "/notifications/stream"),
                call("GET", "/content?kind=breathing"), call("GET", "/content/" + content),
                call("POST", "/content", "kind", "breathing", "title", "Box breathing", "summary", "Four counts",
                        "body", "In, hold, out, hold.", "minutes", 3),
                call("DELETE", "/content/" + content), call("GET", "/content/recommendations"),
                call("GET", "/me/privacy"),
                call("PUT", "/me/privacy", "displayName", "Owen", "pseudonym", "Otter", "usePseudonym", false,
                        "defaultSharing", "none", "timeZone", "UTC", "country", "DE", "quietHours", null),
                call("GET", "/me/export"), call("DELETE", "/me")));
        return all;
    }

    /** Reads that list the caller's own things: nothing of the owner's may show in them. */
    private static List<Call> listings() {
        return List.of(call("GET", "/moods"), call("GET", "/moods/calendar?month=" + YearMonth.now(ZoneOffset.UTC)),
                call("GET", "/moods/trends"), call("GET", "/moods/streak?timeZone=UTC"), call("GET", "/hugs?box=received"),
                call("GET", "/hugs?box=sent"), call("GET", "/hugs/counts"), call("GET", "/hug-requests?box=received"),
                call("GET", "/hug-requests?box=sent"), call("GET", "/connections"), call("GET", "/connections/suggestions"),
                call("GET", "/notifications"), call("GET", "/hugs/reports"), call("GET", "/content/recommendations"),
                call("GET", "/me/privacy"));
    }

    /** The owner's things are as they were made. */
    private void assertIntact(String after) {
        JsonObject mood = api.get(V1 + "/moods/" + moodId, owner.token()).json();
        assertEquals(List.of(4, ownerNote), List.of(mood.getInt("score"), mood.getString("note")), after);
        assertEquals("scheduled", api.get(V1 + "/hugs/" + scheduledHug, owner.token()).json().getString("status"), after);
        assertTrue(ids(hugBox(api, owner, "received")).contains(hugReceived), after + ": the received hug is not hidden");
        assertEquals("open", api.get(V1 + "/hug-requests/" + requestId, owner.token()).json().getString("status"), after);
        assertEquals("accepted", api.get(V1 + "/connections/" + connectionId, owner.token()).json().getString("status"), after);
        assertEquals("pending", str(connectionWith(api, owner, requester.id), "status"), after);
        JsonObject notification = findBy(elements(api.get(V1 + "/notifications?limit=50", owner.token())), "id", notificationId);
        assertTrue(notification != null && absent(notification, "readAt"), after + ": the notification is still unread");
    }

    private void assertEveryIdCallIs404(Person who) {
        for (Call c : idCalls()) {
            Api.Reply reply = as(who.token(), c);
            assertProblem(reply, 404, who + " " + c);
            assertFalse(reply.body().contains(ownerNote), who + " " + c + " leaks the note");
        }
        for (Call c : listings()) {
            Api.Reply reply = as(who.token(), c);
            assertTrue(reply.status() < 500, who + " " + c + ": " + reply);
            assertFalse(reply.body().contains(ownerNote) || reply.body().contains(moodId), who + " " + c + " shows the owner's mood");
        }
        assertIntact("after " + who + "'s attempts");
    }

    @Test
    void theOwnerReachesEverythingOfTheirOwn() throws Exception {
        setUp();
        for (Call c : listings()) {
            int expected = c.path().equals("/hugs/reports") ? 403 : 200;
            assertEquals(expected, as(owner.token(), c).status(), "owner " + c);
        }
        assertTrue(ids(elements(api.get(V1 + "/moods", owner.token()))).contains(moodId));
        for (Call c : List.of(call("GET", "/moods/" + moodId), call("GET", "/hugs/" + hugSent), call("GET", "/hugs/" + hugReceived),
                call("GET", "/hug-requests/" + requestId), call("GET", "/connections/" + connectionId),
                call("GET", "/connections/" + connectionId + "/mood"))) {
            assertEquals(200, as(owner.token(), c).status(), "owner " + c);
        }
        assertEquals(200, as(peer.token(), call("GET", "/hugs/" + hugSent)).status(), "the recipient reads the hug");

        String entry = checkIn(api, owner.token(), goodDay(vocabulary)).getString("id");
        assertSuccess(as(owner.token(), new Call("PUT", "/moods/" + entry, goodDay(vocabulary).toString())), "owner PUT mood");
        assertEquals(204, as(owner.token(), call("DELETE", "/moods/" + entry)).status(), "owner DELETE mood");
        String fromPeer = hug(api, peer, owner, "support").getString("id");
        assertEquals(204, as(owner.token(), call("POST", "/hugs/" + fromPeer + "/report", "reason", "test")).status());
        String later = api.post(V1 + "/hugs", owner.token(), obj("recipientId", peer.id, "type", "cheer", "deliverAt",
                Instant.now().plusSeconds(3600)).toString()).json().getString("id");
        assertEquals(204, as(owner.token(), call("DELETE", "/hugs/" + later)).status(), "owner cancels");
        String request = api.post(V1 + "/hug-requests", owner.token(), obj("recipientIds", List.of(peer.id)).toString())
                .json().getString("id");
        assertSuccess(as(owner.token(), call("DELETE", "/hug-requests/" + request)), "owner closes a request");

        Person rita = person(api, tenants, slug, "rita", "employee");
        Person ugo = person(api, tenants, slug, "ugo", "employee");
        assertEquals(201, api.post(V1 + "/connections", rita.token(), obj("personId", owner.id).toString()).status());
        assertEquals(201, api.post(V1 + "/connections", ugo.token(), obj("personId", owner.id).toString()).status());
        String fromRita = connectionWith(api, owner, rita.id).getString("id");
        assertSuccess(as(owner.token(), call("POST", "/connections/" + fromRita + "/accept")), "owner accepts");
        assertSuccess(as(owner.token(), call("PUT", "/connections/" + fromRita + "/sharing", "level", "summary")), "owner shares");
        assertEquals(200, as(owner.token(), call("GET", "/connections/" + fromRita + "/mood")).status());
        assertEquals(204, as(owner.token(), call("DELETE", "/connections/" + fromRita)).status(), "owner removes");
        String fromUgo = connectionWith(api, owner, ugo.id).getString("id");
        assertSuccess(as(owner.token(), call("POST", "/connections/" + fromUgo + "/decline")), "owner declines");
        String other = awaitNotification(api, owner, "connection.requested").getString("id");
        assertEquals(204, as(owner.token(), call("POST", "/notifications/" + other + "/read")).status(), "owner marks read");
        assertIntact("after the owner's own actions");
    }

    @Test
    void aStrangerOfTheSameTenantGets404() throws Exception {
        setUp();
        assertEveryIdCallIs404(stranger);
    }

    @Test
    void aUserOfAnotherTenantGets404AndCannotReachTheOwner() throws Exception {
        setUp();
        assertEveryIdCallIs404(outsider);
        for (Call c : List.of(call("POST", "/hugs", "recipientId", owner.id, "type", "warm"),
                call("POST", "/connections", "personId", owner.id))) {
            int status = as(outsider.token(), c).status();
            assertTrue(status == 400 || status == 404, "outsider " + c + ": " + status);
        }
        assertTrue(hugBox(api, owner, "received").stream().noneMatch(h -> outsider.id.equals(str(h, "senderId"))));
        assertNull(connectionWith(api, owner, outsider.id), "no connection across tenants");
    }

    @Test
    void anHrAdminGets404OnPeoplesThingsAndSeesNoOnesMood() throws Exception {
        setUp();
        assertEveryIdCallIs404(hr);
        assertTrue(elements(api.get(V1 + "/moods", hr.token())).isEmpty(), "GET /moods as hr-admin shows only their own: none");
        Api.Bytes export = api.getBytes(V1 + "/me/export", hr.token());
        assertEquals(200, export.status(), export::toString);
        for (Map.Entry<String, String> f : unzip(export.body()).entrySet()) {
            assertFalse(f.getValue().contains(ownerNote) || f.getValue().contains(moodId), "hr-admin's export " + f.getKey());
        }
    }

    @Test
    void aConnectionNeverReachesTheOwnersEntriesAtAnySharingLevel() throws Exception {
        setUp();
        Person pal = person(api, tenants, slug, "pal", "employee");
        String[] ids = WellnessFixtures.connect(api, owner, pal);
        for (String level : List.of("none", "summary", "full")) {
            assertSuccess(api.put(V1 + "/connections/" + ids[0] + "/sharing", owner.token(), obj("level", level).toString()), level);
            for (Call c : List.of(idCalls().get(0), idCalls().get(1), idCalls().get(2))) {
                assertProblem(as(pal.token(), c), 404, "connection sharing " + level + ": " + c);
            }
            Api.Reply shared = api.get(V1 + "/connections/" + ids[1] + "/mood", pal.token());
            assertEquals(200, shared.status(), shared::toString);
            assertFalse(shared.body().contains(ownerNote) || shared.body().contains(moodId), level + ": " + shared);
            assertFalse(ids(elements(api.get(V1 + "/moods", pal.token()))).contains(moodId), level);
        }
        assertIntact("after a connection's attempts");
    }

    @Test
    void anonymousCallersGet401Everywhere() throws Exception {
        setUp();
        for (Call c : everyEndpoint()) {
            assertProblem(as(null, c), 401, "anonymous " + c);
        }
        assertIntact("after anonymous attempts");
    }

    @Test
    void aPlatformOperatorGets403OnTheWellnessApi() throws Exception {
        setUp();
        String operator = tenants.operatorToken();
        for (Call c : everyEndpoint()) {
            assertProblem(as(operator, c), 403, "operator " + c);
        }
        assertIntact("after the operator's attempts");
    }

    @Test
    void adminOnlyEndpointsFollowTheRoles() throws Exception {
        setUp();
        String team = team(api, hr);
        /** What each role gets; the call is made for the acting person (team calls add or remove the actor). */
        record Rule(Function<Person, Call> call, int employee, int hrAdmin, int itAdmin) {
        }
        List<Rule> rules = List.of(
                new Rule(who -> call("POST", "/directory/teams", "name", "Team " + letters(5)), 403, 201, 201),
                new Rule(who -> call("PUT", "/directory/teams/" + team + "/members/" + who.id), 403, 204, 204),
                new Rule(who -> call("DELETE", "/directory/teams/" + team + "/members/" + who.id), 403, 204, 204),
                new Rule(who -> call("POST", "/hugs/types", "key", "wave" + letters(5), "label", "Wave", "meaning", "Hello"),
                        403, 201, 403),
                new Rule(who -> call("GET", "/hugs/reports"), 403, 200, 403),
                new Rule(who -> call("POST", "/moods/factors", "key", "desk" + letters(5), "label", "Desk", "kind", "yesno",
                        "scope", "tenant"), 403, 201, 403),
                new Rule(who -> call("POST", "/content", "kind", "gratitude", "title", "Three things", "summary", "Write them",
                        "body", "Name three good things.", "minutes", 5), 403, 201, 403));
        for (Rule rule : rules) {
            for (Person who : List.of(stranger, hr, itAdmin)) {
                int expected = who == stranger ? rule.employee() : who == hr ? rule.hrAdmin() : rule.itAdmin();
                Call c = rule.call().apply(who);
                Api.Reply reply = as(who.token(), c);
                assertEquals(expected, reply.status(), () -> who + " " + c + ": " + reply);
            }
        }
        assertNotNull(findBy(elements(api.get(V1 + "/directory/teams", stranger.token())), "id", team), "any role lists teams");
    }

    @Test
    void theDirectoryNeverCrossesTenants() throws Exception {
        setUp();
        String team = team(api, hr, owner);
        Person otherAdmin = person(api, tenants, outsider.slug, "oda", "hr-admin", "employee");
        assertEquals(404, api.put(V1 + "/directory/teams/" + team + "/members/" + outsider.id, otherAdmin.token(), null).status(),
                "another tenant's team id is unknown");
        assertEquals(404, api.delete(V1 + "/directory/teams/" + team + "/members/" + owner.id, otherAdmin.token()).status());
        String theirTeam = team(api, otherAdmin, outsider);
        assertEquals(404, api.put(V1 + "/directory/teams/" + theirTeam + "/members/" + owner.id, hr.token(), null).status(),
                "a person of another tenant cannot join, nor a team of another tenant be used");
        assertNull(findBy(elements(api.get(V1 + "/directory/teams", outsider.token())), "id", team), "teams stay in their tenant");
        Person solo = person(api, tenants, slug, "solo", "employee");
        assertTrue(elements(api.get(V1 + "/directory/people?q=" + solo.username, outsider.token())).isEmpty(), "people stay in their tenant");
        assertEquals(1, elements(api.get(V1 + "/directory/people?q=" + solo.username, stranger.token())).size());
    }
}
