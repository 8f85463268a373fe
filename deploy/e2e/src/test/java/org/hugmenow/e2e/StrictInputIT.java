package org.hugmenow.e2e;

import static org.hugmenow.e2e.WellnessFixtures.V1;
import static org.hugmenow.e2e.WellnessFixtures.assertProblem;
import static org.hugmenow.e2e.WellnessFixtures.obj;
import static org.hugmenow.e2e.WellnessFixtures.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Hostile and sloppy input is refused with a 400 that names the field and what it expects, and
 * stores nothing: wrong types are no longer coerced, text that could corrupt storage or pose as
 * someone else is refused, query parameters are checked, and write races answer without a 5xx.
 */
class StrictInputIT extends DeployedAppIT {

    private static String slug;
    private static String otherSlug;
    private static WellnessFixtures.Person hr;
    private static WellnessFixtures.Person it;
    private static WellnessFixtures.Person ann;
    private static WellnessFixtures.Person ben;
    private static WellnessFixtures.Person stranger;

    @BeforeEach
    void setUp() throws Exception {
        if (slug == null) {
            slug = Tenants.uniqueSlug("strict");
            otherSlug = Tenants.uniqueSlug("strict-b");
            tenants.provision(slug);
            tenants.provision(otherSlug);
            hr = person(api, tenants, slug, "hr", "hr-admin");
            it = person(api, tenants, slug, "it", "it-admin");
            ann = person(api, tenants, slug, "ann", "employee");
            ben = person(api, tenants, slug, "ben", "employee");
            stranger = person(api, tenants, otherSlug, "eve", "employee");
        }
    }

    private static String errorFor(Api.Reply reply, String field) {
        JsonObject problem = assertProblem(reply, 400, field);
        JsonArray errors = problem.getJsonArray("errors");
        assertTrue(errors != null, () -> "errors[] missing: " + reply);
        return errors.getValuesAs(JsonObject.class).stream().filter(e -> e.getString("field").equals(field))
                .map(e -> e.getString("message")).findFirst()
                .orElseThrow(() -> new AssertionError("no error for " + field + ": " + reply));
    }

    @Test
    void wrongTypesAreRefusedNotCoerced() {
        String pref = V1 + "/notifications/preferences/hug.received";
        assertEquals("must be true or false, not a string",
                errorFor(api.put(pref, ann.token(), "{\"enabled\":\"yes\"}"), "enabled"));
        JsonObject stillOn = api.get(V1 + "/notifications/preferences", ann.token()).array().getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("type").equals("hug.received")).findFirst().orElseThrow();
        assertTrue(stillOn.getBoolean("enabled"), "the refused request did not switch it off");

        assertEquals("must be true or false, not a number", errorFor(api.put(V1 + "/me/privacy", ann.token(),
                "{\"displayName\":\"Ann\",\"usePseudonym\":1,\"defaultSharing\":\"none\"}"), "usePseudonym"));
        assertEquals("must be a string, not a number", errorFor(api.post(V1 + "/moods", ann.token(), "{\"score\":3,\"note\":123}"), "note"));
        assertEquals("must be a string, not a number", errorFor(api.post(V1 + "/moods", ann.token(), "{\"score\":3,\"tags\":[1,2]}"), "tags[0]"));
        assertEquals("must be a whole number, not a string", errorFor(api.post(V1 + "/moods", ann.token(), "{\"score\":\"3\"}"), "score"));
        assertEquals(0, api.get(V1 + "/moods", ann.token()).items().size(), "no check-in was stored");
    }

    @Test
    void aNumberIsNotATenantSlug() throws Exception {
        String body = Tenants.createBody("x").replace("\"slug\":\"x\"", "\"slug\":123");
        assertEquals("must be a string, not a number", errorFor(api.post(V1 + "/platform/tenants", tenants.operatorToken(), body), "slug"));
        assertEquals(404, api.get(V1 + "/platform/tenants/123", tenants.operatorToken()).status());
    }

    @Test
    void arraysForObjectsDuplicateKeysAndUnknownFieldsAreRefused() {
        String key = V1 + "/tenant/settings/strict.shape";
        assertTrue(assertProblem(api.put(key, hr.token(), "[{\"value\":\"x\"}]"), 400, "array").getString("detail")
                .contains("must be a JSON object, not an array"));
        assertTrue(assertProblem(api.put(key, hr.token(), "{\"value\":\"a\",\"value\":\"b\"}"), 400, "duplicate").getString("detail")
                .contains("\"value\" appears twice"));
        assertTrue(errorFor(api.put(key, hr.token(), "{\"value\":\"a\",\"valeu\":\"b\"}"), "valeu").contains("the fields are value"));
        String malformed = assertProblem(api.put(key, hr.token(), "{\n\"value\": \"a\",\n}"), 400, "malformed").getString("detail");
        assertTrue(malformed.contains("line 3"), malformed);
        assertEquals(404, api.get(key, hr.token()).status(), "nothing was stored");
    }

    @Test
    void nullBytesAreRefusedEverywhereTextIsStored() {
        assertTrue(errorFor(api.put(V1 + "/me/privacy", ann.token(), "{\"displayName\":\"Ann\\u0000\",\"defaultSharing\":\"none\"}"),
                "displayName").contains("U+0000"));
        assertTrue(errorFor(api.put(V1 + "/tenant/settings/nul.value", hr.token(), "{\"value\":\"a\\u0000b\"}"), "value").contains("U+0000"));
        assertTrue(errorFor(api.post(V1 + "/directory/teams", hr.token(), "{\"name\":\"Team\\u0000\"}"), "name").contains("U+0000"));
        assertTrue(errorFor(api.post(V1 + "/hugs", ann.token(), obj("recipientId", ben.id, "type", "warm", "message", "hi\u0000").toString()),
                "message").contains("U+0000"));
        assertEquals(404, api.get(V1 + "/tenant/settings/nul.value", hr.token()).status());
        assertEquals(0, api.get(V1 + "/hugs?box=received", ben.token()).items().size(), "no hug was sent");
    }

    @Test
    void namesCannotPoseAsSomeoneElseAndAreNormalised() {
        assertTrue(errorFor(api.put(V1 + "/me/privacy", ann.token(), "{\"displayName\":\"Ann\\u202Enimda\",\"defaultSharing\":\"none\"}"),
                "displayName").contains("bidirectional"));
        assertTrue(errorFor(api.put(V1 + "/me/privacy", ann.token(), "{\"pseudonym\":\"a\\u2067b\",\"defaultSharing\":\"none\"}"),
                "pseudonym").contains("bidirectional"));
        assertTrue(errorFor(api.put(V1 + "/me/privacy", ann.token(), "{\"displayName\":\"Ann\\nAdmin\",\"defaultSharing\":\"none\"}"),
                "displayName").contains("line breaks"));
        Api.Reply saved = api.put(V1 + "/me/privacy", ann.token(), "{\"displayName\":\"Jose\\u0301\",\"defaultSharing\":\"none\"}");
        assertEquals(200, saved.status(), saved::toString);
        assertEquals("Jos\u00e9", api.get(V1 + "/me/privacy", ann.token()).json().getString("displayName"));
        assertTrue(errorFor(api.put(V1 + "/me/privacy", ann.token(), obj("country", "x".repeat(1001), "defaultSharing", "none").toString()),
                "country").startsWith("must be at most"));
    }

    @Test
    void queryParametersAreCheckedAndNamed() {
        for (String path : List.of(V1 + "/moods?limit=abc", V1 + "/hugs?limit=abc", V1 + "/notifications?limit=abc",
                V1 + "/directory/people?limit=abc", V1 + "/moods?limit=99999999999", V1 + "/notifications?limit=1.5")) {
            assertEquals("must be a whole number", errorFor(api.get(path, ann.token()), "limit"), path);
        }
        assertEquals("must be true or false", errorFor(api.get(V1 + "/notifications?unreadOnly=banana", ann.token()), "unreadOnly"));
        assertEquals(200, api.get(V1 + "/notifications?unreadOnly=true&limit=5", ann.token()).status());
        assertTrue(errorFor(api.get(V1 + "/admin/directory/conflicts?limit=abc", it.token()), "limit").startsWith("must be a whole number"));
    }

    @Test
    void extremeDatesAre400() {
        assertTrue(errorFor(api.get(V1 + "/moods/trends?to=%2B999999999-12-31", ann.token()), "to").contains("from 1900 to 2999"));
        assertTrue(errorFor(api.get(V1 + "/moods/trends?from=-999999999-01-01", ann.token()), "from").contains("from 1900 to 2999"));
        assertTrue(errorFor(api.get(V1 + "/moods/calendar?month=%2B999999999-12", ann.token()), "month").contains("from 1900 to 2999"));
        assertTrue(errorFor(api.get(V1 + "/moods?from=%2B999999999-12-31", ann.token()), "from").contains("from 1900 to 2999"));
    }

    @Test
    void concurrentFirstWritesOfASettingAllSucceed() {
        List<CompletableFuture<Integer>> writes = new ArrayList<>();
        for (int round = 0; round < 12; round++) {
            String key = V1 + "/tenant/settings/race.key" + round;
            for (int i = 0; i < 2; i++) {
                String body = obj("value", "v" + i).toString();
                writes.add(CompletableFuture.supplyAsync(() -> api.put(key, hr.token(), body).status()));
            }
        }
        List<Integer> statuses = writes.stream().map(CompletableFuture::join).collect(Collectors.toList());
        assertTrue(statuses.stream().allMatch(s -> s == 200), statuses::toString);
    }

    @Test
    void activationTakesJsonAsDocumented() {
        Api.Reply json = api.send("POST", V1 + "/activation", null,
                obj("token", "not-a-real-token", "password", "long-enough-pass", "confirm", "long-enough-pass").toString(), "application/json");
        assertProblem(json, 410, "unknown activation token, JSON");
        Api.Reply form = api.send("POST", V1 + "/activation", null, "token=nope&password=long-enough-pass&confirm=long-enough-pass",
                "application/x-www-form-urlencoded");
        assertEquals(410, form.status(), form::toString);
        assertTrue(form.contentType().startsWith("text/html"), form::toString);
    }

    @Test
    void anotherTenantsIdsInABodyAre404() {
        String foreignTeam = api.post(V1 + "/directory/teams", person0(otherSlug), obj("name", "Theirs").toString()).json().getString("id");
        assertProblem(api.post(V1 + "/directory/teams", hr.token(), obj("name", "Ours", "parentId", foreignTeam).toString()), 404, "parentId");
        assertProblem(api.post(V1 + "/hug-requests", ann.token(), obj("recipientIds", List.of(stranger.id)).toString()), 404, "recipientIds");
        assertProblem(api.post(V1 + "/hugs", ann.token(), obj("recipientId", stranger.id, "type", "warm").toString()), 404, "recipientId");
        assertProblem(api.post(V1 + "/connections", ann.token(), obj("personId", stranger.id).toString()), 404, "personId");
        assertTrue(api.get(V1 + "/directory/teams", hr.token()).array().getValuesAs(JsonObject.class).stream()
                .noneMatch(t -> t.getString("name").equals("Ours")), "nothing was created");
    }

    private String person0(String tenant) {
        try {
            return person(api, tenants, tenant, "hr", "hr-admin").token();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
