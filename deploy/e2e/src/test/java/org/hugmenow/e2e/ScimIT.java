package org.hugmenow.e2e;

import static org.hugmenow.e2e.Scim.assertError;
import static org.hugmenow.e2e.Scim.created;
import static org.hugmenow.e2e.WellnessFixtures.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hugmenow.e2e.WellnessFixtures.Person;
import org.hugmenow.launcher.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The SCIM 2.0 service provider over the wire: discovery, Users and Groups with every protocol
 * feature, Bulk, ETags, errors, credentials, and what provisioning does in the directory and in
 * Keycloak. Each request shape runs twice: as {@code application/scim+json} and as
 * {@code application/json} (RFC 7644 §3.8), which must behave identically.
 */
class ScimIT extends DeployedAppIT {

    private static String slug;
    private static Person itAdmin;
    private static Person employee;
    private static String token;

    private Scim scim(String mediaType) throws Exception {
        return scim().speaking(mediaType);
    }

    private Scim scim() throws Exception {
        if (slug == null) {
            slug = Tenants.uniqueSlug("scim");
            tenants.provision(slug);
            itAdmin = person(api, tenants, slug, "ivy", "it-admin");
            employee = person(api, tenants, slug, "eli", "employee");
            token = issue("token", "IdP").getString("token");
        }
        return Scim.bearer(api, token);
    }

    private JsonObject issue(String kind, String label) {
        Api.Reply r = api.post("/api/v1/admin/scim-tokens", itAdmin.token(),
                Json.createObjectBuilder().add("kind", kind).add("label", label).build().toString());
        assertEquals(201, r.status(), r::toString);
        assertEquals("no-store", r.header("Cache-Control"));
        return r.json();
    }

    private static String unique(String prefix) {
        return prefix + "." + WellnessFixtures.letters(8) + "@example.com";
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {Scim.MEDIA_TYPE, Scim.JSON})
    void discoveryEndpointsDescribeWhatIsSupported(String mediaType) throws Exception {
        Scim scim = scim(mediaType);
        Api.Reply config = scim.get("/ServiceProviderConfig");
        assertEquals(200, config.status(), config::toString);
        assertTrue(config.contentType().startsWith(mediaType), config::toString);
        JsonObject c = config.json();
        assertTrue(c.getJsonObject("patch").getBoolean("supported"));
        assertTrue(c.getJsonObject("bulk").getBoolean("supported"));
        assertEquals(1000, c.getJsonObject("bulk").getInt("maxOperations"));
        assertTrue(c.getJsonObject("filter").getBoolean("supported"));
        assertTrue(c.getJsonObject("etag").getBoolean("supported"));
        assertTrue(c.getJsonObject("sort").getBoolean("supported"));
        Set<String> schemes = c.getJsonArray("authenticationSchemes").getValuesAs(JsonObject.class).stream()
                .map(s -> s.getString("type")).collect(Collectors.toSet());
        assertTrue(schemes.containsAll(Set.of("oauthbearertoken", "httpbasic")), schemes::toString);

        String schemas = scim.get("/Schemas").body();
        assertTrue(schemas.contains(Scim.USER_SCHEMA) && schemas.contains(Scim.GROUP_SCHEMA) && schemas.contains(Scim.ENTERPRISE), schemas);
        Api.Reply types = scim.get("/ResourceTypes");
        assertEquals(200, types.status(), types::toString);
        assertTrue(types.body().contains("\"Users\"") || types.body().contains("/Users"), types::toString);
        assertTrue(types.body().contains(Scim.ENTERPRISE), types::toString);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {Scim.MEDIA_TYPE, Scim.JSON})
    void aProvisionedUserIsAPersonAndARealmUserWhoCanSignIn(String mediaType) throws Exception {
        Scim scim = scim(mediaType);
        String userName = unique("ada");
        Api.Reply created = scim.post("/Users", Scim.user(userName, "Ada", "Lovelace")
                .add("externalId", "ext-" + WellnessFixtures.letters(6))
                .add(Scim.ENTERPRISE, Json.createObjectBuilder().add("employeeNumber", "E-1").add("department", "Engines")
                        .add("costCenter", "CC-7"))
                .build());
        String id = created(created);
        assertEquals(api.base() + "/scim/v2/Users/" + id, created.header("Location"));
        assertNotNull(created.header("ETag"));
        JsonObject user = created.json();
        assertTrue(user.getJsonObject("meta").getString("created").endsWith("Z"), user::toString);
        assertTrue(user.getJsonObject("meta").getString("lastModified").endsWith("Z"), user::toString);
        assertEquals("User", user.getJsonObject("meta").getString("resourceType"));
        assertEquals("Engines", user.getJsonObject(Scim.ENTERPRISE).getString("department"));
        assertFalse(user.containsKey("password"));

        Api.Reply read = scim.get("/Users/" + id);
        assertEquals(200, read.status(), read::toString);
        assertEquals(userName, read.json().getString("userName"));
        assertEquals(created.header("ETag"), read.header("ETag"));

        // In the tenant directory, findable by name.
        Api.Reply people = api.get("/api/v1/directory/people?q=Lovelace", itAdmin.token());
        assertTrue(people.body().contains(id), people::toString);

        // In Keycloak, with the employee role, under the same id.
        JsonObject realmUser = awaitRealmUser(id, u -> true);
        assertEquals(userName.toLowerCase(), realmUser.getString("username"));
        assertTrue(realmUser.getBoolean("enabled"));
        JsonArray roles = (JsonArray) stack.keycloakAdmin.json(slug + "/users/" + id + "/role-mappings/realm");
        assertTrue(roles.getValuesAs(JsonObject.class).stream().anyMatch(r -> r.getString("name").equals("employee")), roles::toString);

        // Sign-in works, and the token's subject is the provisioned person.
        stack.keycloakAdmin.setPassword(slug, userName.toLowerCase(), Tenants.PASSWORD);
        String signedIn = Tokens.passwordGrant(stack.keycloak.url(), slug, userName.toLowerCase(), Tenants.PASSWORD);
        Api.Reply me = api.get("/api/v1/me", signedIn);
        assertEquals(200, me.status(), me::toString);
        assertEquals(id, me.json().getString("userId"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {Scim.MEDIA_TYPE, Scim.JSON})
    void deactivationDisablesSignInAtOnceAndDeleteKeepsDataByDefault(String mediaType) throws Exception {
        Scim scim = scim(mediaType);
        String userName = unique("bo");
        String id = created(scim.post("/Users", Scim.user(userName, "Bo", "Diddley").build()));
        awaitRealmUser(id, u -> u.getBoolean("enabled"));
        stack.keycloakAdmin.setPassword(slug, userName.toLowerCase(), Tenants.PASSWORD);
        String signedIn = Tokens.passwordGrant(stack.keycloak.url(), slug, userName.toLowerCase(), Tenants.PASSWORD);
        assertEquals(200, api.get("/api/v1/me", signedIn).status());

        // Entra ID's shape: capitalised op, no path, the boolean as a string.
        Api.Reply off = scim.patch("/Users/" + id, Scim.patch(Json.createObjectBuilder().add("op", "Replace")
                .add("value", Json.createObjectBuilder().add("active", "False"))), null);
        assertEquals(200, off.status(), off::toString);
        assertFalse(off.json().getBoolean("active"));
        awaitRealmUser(id, u -> !u.getBoolean("enabled"));
        assertThrows(IOException.class, () -> Tokens.passwordGrant(stack.keycloak.url(), slug, userName.toLowerCase(), Tenants.PASSWORD));
        Api.Reply refused = api.get("/api/v1/me", signedIn);
        assertEquals(403, refused.status(), "a token issued before deactivation stops working at once: " + refused);

        assertEquals(204, scim.delete("/Users/" + id, null).status());
        assertError(scim.get("/Users/" + id), 404, null);
        assertEquals(0, scim.filterUsers("userName eq \"" + userName + "\"").json().getInt("totalResults"));
        // Kept (default policy): the realm user stays disabled rather than deleted.
        assertFalse(((JsonObject) stack.keycloakAdmin.json(slug + "/users/" + id)).getBoolean("enabled"));

        // The same userName coming back is the same person again.
        Api.Reply back = scim.post("/Users", Scim.user(userName, "Bo", "Diddley").build());
        assertEquals(id, created(back));
        awaitRealmUser(id, u -> u.getBoolean("enabled"));
    }

    @Test
    void eraseDeprovisioningPolicyDeletesTheRealmUser() throws Exception {
        Scim scim = scim();
        Person hr = person(api, tenants, slug, "hal", "hr-admin");
        String id = created(scim.post("/Users", Scim.user(unique("cy"), "Cy", "Young").build()));
        awaitRealmUser(id, u -> true);
        Api.Reply policy = api.put("/api/v1/tenant/settings/directory.deprovisioning", hr.token(), "{\"value\":\"erase\"}");
        assertTrue(policy.status() == 200 || policy.status() == 204, policy::toString);
        try {
            assertEquals(204, scim.delete("/Users/" + id, null).status());
            Api.poll(() -> new Api.Reply(realmUserStatus(id), "", null), r -> r.status() == 404, Duration.ofSeconds(20), "realm user deleted");
            assertError(scim.get("/Users/" + id), 404, null);
        } finally {
            api.put("/api/v1/tenant/settings/directory.deprovisioning", hr.token(), "{\"value\":\"keep\"}");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {Scim.MEDIA_TYPE, Scim.JSON})
    void filtersCoverTheGrammar(String mediaType) throws Exception {
        Scim scim = scim(mediaType);
        String tag = WellnessFixtures.letters(6);
        String a = created(scim.post("/Users", Scim.user("fa." + tag + "@example.com", "Fay", "Alpha")
                .add("title", "Engineer").add(Scim.ENTERPRISE, Json.createObjectBuilder().add("department", "D-" + tag)).build()));
        String b = created(scim.post("/Users", Scim.user("fb." + tag + "@example.com", "Fred", "Beta")
                .add("emails", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("value", "fb." + tag + "@home.example").add("type", "home"))
                        .add(Json.createObjectBuilder().add("value", "fb." + tag + "@example.com").add("type", "work").add("primary", true)))
                .build()));
        String c = created(scim.post("/Users", Scim.user("fc." + tag + "@example.com", "Flo", "Gamma").add("active", false).build()));

        assertEquals(Set.of(a), ids(scim.filterUsers("userName eq \"FA." + tag.toUpperCase() + "@EXAMPLE.COM\"")), "userName is case-insensitive");
        assertEquals(Set.of(a, b, c), ids(scim.filterUsers("userName sw \"f\" and userName co \"" + tag + "\"")));
        assertEquals(Set.of(b, c), ids(scim.filterUsers("userName ew \"" + tag + "@example.com\" and not (name.familyName eq \"Alpha\")")));
        assertEquals(Set.of(b), ids(scim.filterUsers("emails[type eq \"home\" and value co \"" + tag + "\"]")));
        assertEquals(Set.of(a, c), ids(scim.filterUsers("(name.givenName eq \"Fay\" or name.givenName eq \"Flo\") and userName co \"" + tag + "\"")));
        assertEquals(Set.of(a), ids(scim.filterUsers("title pr and userName co \"" + tag + "\"")));
        assertEquals(Set.of(c), ids(scim.filterUsers("active eq false and userName co \"" + tag + "\"")));
        assertEquals(Set.of(a), ids(scim.filterUsers(Scim.ENTERPRISE + ":department eq \"D-" + tag + "\"")));
        assertEquals(Set.of(a, b, c), ids(scim.filterUsers("meta.lastModified gt \"2000-01-01T00:00:00Z\" and userName co \"" + tag + "\"")));
        assertEquals(Set.of(), ids(scim.filterUsers("meta.created lt \"2000-01-01T00:00:00Z\" and userName co \"" + tag + "\"")));

        assertError(scim.filterUsers("userName eq"), 400, "invalidFilter");
        assertError(scim.filterUsers("userName xx \"a\""), 400, "invalidFilter");
        assertError(scim.filterUsers("(userName eq \"a\""), 400, "invalidFilter");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {Scim.MEDIA_TYPE, Scim.JSON})
    void sortingPagingAndAttributeSelection(String mediaType) throws Exception {
        Scim scim = scim(mediaType);
        String tag = WellnessFixtures.letters(6);
        for (String n : List.of("sc", "sa", "sd", "sb")) {
            created(scim.post("/Users", Scim.user(n + "." + tag + "@example.com", n, "Sort").build()));
        }
        String filter = "filter=" + Scim.encode("userName co \"" + tag + "\"");
        Api.Reply page = scim.get("/Users?" + filter + "&sortBy=userName&sortOrder=descending&startIndex=2&count=2");
        assertEquals(200, page.status(), page::toString);
        JsonObject list = page.json();
        assertEquals(4, list.getInt("totalResults"));
        assertEquals(2, list.getInt("startIndex"));
        assertEquals(2, list.getInt("itemsPerPage"));
        List<String> names = list.getJsonArray("Resources").getValuesAs(JsonObject.class).stream().map(u -> u.getString("userName")).toList();
        assertEquals(List.of("sc." + tag + "@example.com", "sb." + tag + "@example.com"), names);

        JsonObject only = scim.get("/Users?" + filter + "&attributes=userName").json().getJsonArray("Resources").getJsonObject(0);
        assertTrue(only.containsKey("id") && only.containsKey("userName"), only::toString);
        assertFalse(only.containsKey("emails") || only.containsKey("name"), only::toString);
        JsonObject without = scim.get("/Users?" + filter + "&excludedAttributes=emails").json().getJsonArray("Resources").getJsonObject(0);
        assertFalse(without.containsKey("emails"), without::toString);
        assertTrue(without.containsKey("name"), without::toString);

        JsonObject none = scim.get("/Users?" + filter + "&count=0").json();
        assertEquals(4, none.getInt("totalResults"));
        assertTrue(!none.containsKey("Resources") || none.getJsonArray("Resources").isEmpty(), none::toString);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {Scim.MEDIA_TYPE, Scim.JSON})
    void patchAddReplaceRemoveIncludingValueFilters(String mediaType) throws Exception {
        Scim scim = scim(mediaType);
        String id = created(scim.post("/Users", Scim.user(unique("pat"), "Pat", "Patch").build()));
        Api.Reply r = scim.patch("/Users/" + id, Scim.patch(
                Json.createObjectBuilder().add("op", "add").add("path", "emails")
                        .add("value", Json.createArrayBuilder().add(Json.createObjectBuilder().add("value", "pat@home.example").add("type", "home"))),
                Json.createObjectBuilder().add("op", "replace").add("path", "name.givenName").add("value", "Patricia"),
                Json.createObjectBuilder().add("op", "add").add("path", "title").add("value", "Lead")), null);
        assertEquals(200, r.status(), r::toString);
        JsonObject u = r.json();
        assertEquals("Patricia", u.getJsonObject("name").getString("givenName"));
        assertEquals(2, u.getJsonArray("emails").size());
        assertEquals("Lead", u.getString("title"));

        Api.Reply removed = scim.patch("/Users/" + id, Scim.patch(
                Json.createObjectBuilder().add("op", "remove").add("path", "emails[type eq \"home\"]")), null);
        assertEquals(200, removed.status(), removed::toString);
        assertEquals(1, removed.json().getJsonArray("emails").size());

        // Okta's shape: replace without a path; Entra's dotted keys.
        Api.Reply okta = scim.patch("/Users/" + id, Scim.patch(Json.createObjectBuilder().add("op", "replace")
                .add("value", Json.createObjectBuilder().add("displayName", "Pat P.").add("name.familyName", "Patched"))), null);
        assertEquals(200, okta.status(), okta::toString);
        assertEquals("Pat P.", okta.json().getString("displayName"));
        assertEquals("Patched", okta.json().getJsonObject("name").getString("familyName"));

        String before = scim.get("/Users/" + id).header("ETag");
        assertError(scim.patch("/Users/" + id, Scim.patch(Json.createObjectBuilder().add("op", "replace")
                .add("path", "emails[type eq").add("value", "x")), null), 400, null);
        assertError(scim.patch("/Users/" + id, Scim.patch(Json.createObjectBuilder().add("op", "replace")
                .add("path", "noSuchAttribute").add("value", "x")), null), 400, null);
        assertEquals(before, scim.get("/Users/" + id).header("ETag"), "a refused patch changes nothing");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {Scim.MEDIA_TYPE, Scim.JSON})
    void etagsGuardPutPatchAndDelete(String mediaType) throws Exception {
        Scim scim = scim(mediaType);
        String userName = unique("tag");
        Api.Reply made = scim.post("/Users", Scim.user(userName, "Tag", "Etag").build());
        String id = created(made);
        String etag = made.header("ETag");
        Api.Reply put = scim.put("/Users/" + id, Scim.user(userName, "Tag", "Renamed").build(), etag);
        assertEquals(200, put.status(), put::toString);
        assertNotEquals(etag, put.header("ETag"));
        assertEquals("Renamed", put.json().getJsonObject("name").getString("familyName"));

        assertError(scim.put("/Users/" + id, Scim.user(userName, "Tag", "Stale").build(), etag), 412, null);
        assertError(scim.patch("/Users/" + id, Scim.patch(Json.createObjectBuilder().add("op", "replace")
                .add("path", "title").add("value", "x")), etag), 412, null);
        assertError(scim.delete("/Users/" + id, etag), 412, null);
        assertEquals("Renamed", scim.get("/Users/" + id).json().getJsonObject("name").getString("familyName"));
        assertEquals(204, scim.delete("/Users/" + id, put.header("ETag")).status());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {Scim.MEDIA_TYPE, Scim.JSON})
    void badInputGetsScimErrorsAndChangesNothing(String mediaType) throws Exception {
        Scim scim = scim(mediaType);
        String userName = unique("dup");
        created(scim.post("/Users", Scim.user(userName, "Dup", "One").build()));
        assertError(scim.post("/Users", Scim.user(userName.toUpperCase(), "Dup", "Two").build()), 409, "uniqueness");
        assertEquals(1, scim.filterUsers("userName eq \"" + userName + "\"").json().getInt("totalResults"));

        assertError(scim.post("/Users", Json.createObjectBuilder().add("schemas", Json.createArrayBuilder().add(Scim.USER_SCHEMA))
                .add("name", Json.createObjectBuilder().add("givenName", "No")).build()), 400, null);
        assertError(scim.post("/Users", Scim.user(unique("mgr"), "M", "Gr")
                .add(Scim.ENTERPRISE, Json.createObjectBuilder().add("manager", Json.createObjectBuilder().add("value", "no-such-id"))).build()), 400, "invalidValue");
        Api.Reply malformed = scim.send("POST", "/Users", "{\"userName\":", null);
        assertEquals(400, malformed.status(), malformed::toString);
        assertError(scim.get("/Users/does-not-exist"), 404, null);
        assertError(scim.get("/Groups/00000000-0000-0000-0000-000000000000"), 404, null);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {Scim.MEDIA_TYPE, Scim.JSON})
    void groupsAreTeamsAndNest(String mediaType) throws Exception {
        Scim scim = scim(mediaType);
        String u1 = created(scim.post("/Users", Scim.user(unique("g1"), "Gina", "One").build()));
        String u2 = created(scim.post("/Users", Scim.user(unique("g2"), "Gus", "Two").build()));
        String name = "Platform " + WellnessFixtures.letters(5);
        Api.Reply g = scim.post("/Groups", Scim.group(name, u1));
        String group = created(g);
        assertEquals(1, g.json().getJsonArray("members").size());

        Api.Reply teams = api.get("/api/v1/directory/teams", itAdmin.token());
        assertTrue(teams.body().contains(group) && teams.body().contains(name), teams::toString);

        // Entra adds and removes members with PATCH, the removal by a value filter.
        Api.Reply added = scim.patch("/Groups/" + group, Scim.patch(Json.createObjectBuilder().add("op", "Add").add("path", "members")
                .add("value", Json.createArrayBuilder().add(Json.createObjectBuilder().add("value", u2)))), null);
        assertEquals(200, added.status(), added::toString);
        assertEquals(2, added.json().getJsonArray("members").size());
        Api.Reply removed = scim.patch("/Groups/" + group, Scim.patch(Json.createObjectBuilder().add("op", "Remove")
                .add("path", "members[value eq \"" + u1 + "\"]")), null);
        assertEquals(200, removed.status(), removed::toString);
        assertEquals(u2, removed.json().getJsonArray("members").getJsonObject(0).getString("value"));

        // The user's groups attribute follows.
        JsonObject user2 = scim.get("/Users/" + u2).json();
        assertEquals(group, user2.getJsonArray("groups").getJsonObject(0).getString("value"));

        // Nesting, and no cycles.
        String parent = created(scim.post("/Groups", Scim.group("Engineering " + WellnessFixtures.letters(5), group)));
        JsonObject p = scim.get("/Groups/" + parent).json();
        assertEquals("Group", p.getJsonArray("members").getJsonObject(0).getString("type"));
        assertError(scim.put("/Groups/" + group, Scim.group(name, u2, parent), null), 400, "invalidValue");
        assertError(scim.post("/Groups", Scim.group("Ghosts", "no-such-member")), 400, "invalidValue");

        assertEquals(1, scim.get("/Groups?filter=" + Scim.encode("displayName eq \"" + name.toUpperCase() + "\"")).json().getInt("totalResults"));
        assertEquals(204, scim.delete("/Groups/" + parent, null).status());
        assertError(scim.get("/Groups/" + parent), 404, null);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {Scim.MEDIA_TYPE, Scim.JSON})
    void bulkResolvesBulkIdsAndEnforcesLimits(String mediaType) throws Exception {
        Scim scim = scim(mediaType);
        String userName = unique("bulk");
        JsonObject bulk = Json.createObjectBuilder()
                .add("schemas", Json.createArrayBuilder().add(Scim.BULK_REQUEST))
                .add("failOnErrors", 1)
                .add("Operations", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("method", "POST").add("path", "/Users").add("bulkId", "u1")
                                .add("data", Scim.user(userName, "Bul", "K")))
                        .add(Json.createObjectBuilder().add("method", "POST").add("path", "/Groups").add("bulkId", "g1")
                                .add("data", Scim.group("Bulk team " + WellnessFixtures.letters(4), "bulkId:u1"))))
                .build();
        Api.Reply r = scim.post("/Bulk", bulk);
        assertEquals(200, r.status(), r::toString);
        List<JsonObject> ops = r.json().getJsonArray("Operations").getValuesAs(JsonObject.class);
        assertEquals(2, ops.size(), r::toString);
        ops.forEach(op -> assertEquals("201", op.get("status").toString().replace("\"", ""), r::toString));
        String groupLocation = ops.stream().filter(op -> "g1".equals(op.getString("bulkId", ""))).findFirst().orElseThrow().getString("location");
        JsonObject group = scim.get(groupLocation.substring(groupLocation.indexOf("/Groups"))).json();
        String userId = scim.filterUsers("userName eq \"" + userName + "\"").json().getJsonArray("Resources").getJsonObject(0).getString("id");
        assertEquals(userId, group.getJsonArray("members").getJsonObject(0).getString("value"));

        // failOnErrors: after the first error, the rest is not attempted.
        JsonObject failing = Json.createObjectBuilder()
                .add("schemas", Json.createArrayBuilder().add(Scim.BULK_REQUEST)).add("failOnErrors", 1)
                .add("Operations", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("method", "POST").add("path", "/Users").add("bulkId", "dup").add("data", Scim.user(userName, "Again", "Dup")))
                        .add(Json.createObjectBuilder().add("method", "POST").add("path", "/Users").add("bulkId", "next").add("data", Scim.user(unique("never"), "Never", "Made"))))
                .build();
        Api.Reply failed = scim.post("/Bulk", failing);
        assertEquals(200, failed.status(), failed::toString);
        List<JsonObject> results = failed.json().getJsonArray("Operations").getValuesAs(JsonObject.class);
        assertEquals("409", results.get(0).get("status").toString().replace("\"", ""), failed::toString);
        assertTrue(results.stream().noneMatch(op -> "201".equals(op.get("status") == null ? null : op.get("status").toString().replace("\"", ""))),
                failed::toString);
        assertEquals(0, scim.filterUsers("userName sw \"never.\"").json().getInt("totalResults"), "nothing after the first error ran");

        JsonArrayBuilder tooMany = Json.createArrayBuilder();
        for (int i = 0; i < 1001; i++) {
            tooMany.add(Json.createObjectBuilder().add("method", "DELETE").add("path", "/Users/none-" + i));
        }
        assertError(scim.post("/Bulk", Json.createObjectBuilder().add("schemas", Json.createArrayBuilder().add(Scim.BULK_REQUEST))
                .add("Operations", tooMany).build()), 413, null);
        String big = "x".repeat(1_100_000);
        Api.Reply tooLarge = scim.send("POST", "/Bulk", "{\"schemas\":[\"" + Scim.BULK_REQUEST + "\"],\"Operations\":[],\"pad\":\"" + big + "\"}", null);
        assertError(tooLarge, 413, null);
    }

    @Test
    void credentialsAreIssuedOnceRotatedRevokedAndScopedToScim() throws Exception {
        Scim scim = scim();
        JsonObject basic = issue("basic", "Okta");
        Scim viaBasic = Scim.basic(api, basic.getString("clientId"), basic.getString("clientSecret"));
        assertEquals(200, viaBasic.get("/Users?count=1").status());
        assertEquals(401, Scim.basic(api, basic.getString("clientId"), "wrong").get("/Users").status());

        Api.Reply list = api.get("/api/v1/admin/scim-tokens", itAdmin.token());
        assertEquals(200, list.status(), list::toString);
        assertFalse(list.body().contains(basic.getString("clientSecret")), "secrets are shown once only");
        assertFalse(list.body().contains(token), "tokens are shown once only");

        JsonObject extra = issue("token", "rotate me");
        Api.Reply rotated = api.post("/api/v1/admin/scim-tokens/" + extra.getString("id") + "/rotate", itAdmin.token(), null);
        assertEquals(200, rotated.status(), rotated::toString);
        assertError(Scim.bearer(api, extra.getString("token")).get("/Users"), 401, null);
        assertEquals(200, Scim.bearer(api, rotated.json().getString("token")).get("/Users?count=1").status());
        assertEquals(204, api.delete("/api/v1/admin/scim-tokens/" + extra.getString("id"), itAdmin.token()).status());
        assertError(Scim.bearer(api, rotated.json().getString("token")).get("/Users"), 401, null);

        // Who may do what.
        Api.Reply anonymous = Scim.anonymous(api).get("/Users");
        assertError(anonymous, 401, null);
        assertNotNull(anonymous.header("WWW-Authenticate"));
        assertError(Scim.bearer(api, employee.token()).get("/Users"), 403, null);
        assertEquals(200, Scim.bearer(api, itAdmin.token()).get("/Users?count=1").status());
        assertEquals(403, api.post("/api/v1/admin/scim-tokens", employee.token(), "{}").status());
        assertEquals(401, api.get("/api/v1/me", token).status(), "a SCIM token opens nothing but SCIM");

        // The realm's client-credentials client, for IdPs that speak OAuth.
        String secret = stack.keycloakAdmin.clientSecret(slug, "hugmenow-scim");
        String serviceToken = Tokens.clientCredentials(stack.keycloak.url(), slug, "hugmenow-scim", secret);
        assertEquals(200, Scim.bearer(api, serviceToken).get("/Users?count=1").status());
        assertEquals(403, api.get("/api/v1/directory/people", serviceToken).status(), "a service account is not a person");
        assertEquals(scim.get("/Users?count=0").json().getInt("totalResults"),
                Scim.bearer(api, serviceToken).get("/Users?count=0").json().getInt("totalResults"),
                "the service account was not registered as a person");
    }

    private JsonObject awaitRealmUser(String id, java.util.function.Predicate<JsonObject> condition) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        JsonValue last = JsonValue.NULL;
        while (System.nanoTime() < deadline) {
            last = stack.keycloakAdmin.json(slug + "/users/" + id);
            if (last instanceof JsonObject user && condition.test(user)) {
                return user;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("realm user " + id + " never reached the expected state; last: " + last);
    }

    private int realmUserStatus(String id) {
        try {
            return stack.keycloakAdmin.json(slug + "/users/" + id) == JsonValue.NULL ? 404 : 200;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Set<String> ids(Api.Reply reply) {
        assertEquals(200, reply.status(), reply::toString);
        JsonArray resources = reply.json().getJsonArray("Resources");
        return resources == null ? Set.of() : resources.getValuesAs(JsonObject.class).stream().map(u -> u.getString("id")).collect(Collectors.toSet());
    }
}
