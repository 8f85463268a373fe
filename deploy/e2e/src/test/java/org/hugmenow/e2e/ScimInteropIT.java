package org.hugmenow.e2e;

import static org.hugmenow.e2e.Scim.assertError;
import static org.hugmenow.e2e.Scim.created;
import static org.hugmenow.e2e.WellnessFixtures.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What real SCIM clients do beyond the happy path (issue 16): plain application/json,
 * attribute names in any case, odd query parameters, duplicate externalIds, hostile filters and
 * the shapes SCIMono checks strictly. Every request shape runs with both media types.
 */
class ScimInteropIT extends DeployedAppIT {

    private static String slug;
    private static String token;

    private Scim scim(String mediaType) throws Exception {
        if (slug == null) {
            slug = Tenants.uniqueSlug("scimi");
            tenants.provision(slug);
            var admin = person(api, tenants, slug, "iris", "it-admin");
            token = api.post("/api/v1/admin/scim-tokens", admin.token(), "{\"kind\":\"token\",\"label\":\"interop\"}").json().getString("token");
        }
        return Scim.bearer(api, token).speaking(mediaType);
    }

    private static String unique(String prefix) {
        return prefix + "." + WellnessFixtures.letters(8) + "@example.com";
    }

    /** Content-Type sent, Accept sent ("-" for none), Content-Type expected back. */
    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource({
        "application/scim+json, application/scim+json, application/scim+json",
        "application/json, application/json, application/json",
        "application/json; charset=utf-8, */*, application/scim+json",
        "application/json, -, application/scim+json",
        "application/json, 'application/json, application/scim+json', application/scim+json"})
    void everyJsonMediaTypeGetsTheScimRepresentation(String contentType, String accept, String expected) throws Exception {
        Scim scim = scim(Scim.MEDIA_TYPE);
        String sentAccept = accept.equals("-") ? null : accept;
        String userName = unique("mt");
        String body = Scim.user(userName, "Mia", "Type").add("meta", Json.createObjectBuilder()
                .add("created", "2019-09-18T18:15:26.5788954+00:00").add("resourceType", "User")).build().toString();
        Api.Reply made = scim.exchange("POST", "/Users", body, contentType, sentAccept, Map.of());
        String id = created(made);
        assertTrue(made.contentType().startsWith(expected), made::toString);
        assertTrue(made.json().getJsonArray("schemas").getValuesAs(jakarta.json.JsonString.class).stream()
                .anyMatch(s -> s.getString().equals(Scim.USER_SCHEMA)), made::toString);
        assertEquals(userName, made.json().getString("userName"), made::toString);
        assertTrue(made.json().getJsonObject("meta").getString("created").endsWith("Z"), made::toString);

        Api.Reply noName = scim.exchange("POST", "/Users", "{\"schemas\":[\"" + Scim.USER_SCHEMA + "\"],\"displayName\":\"x\"}",
                contentType, sentAccept, Map.of());
        assertError(noName, 400, "invalidValue");
        assertTrue(noName.contentType().startsWith(expected), noName::toString);
        assertError(scim.exchange("POST", "/Users", "{\"userName\":", contentType, sentAccept, Map.of()), 400, "invalidSyntax");
        assertError(scim.exchange("POST", "/Users", body, contentType, sentAccept, Map.of()), 409, "uniqueness");

        Api.Reply patched = scim.exchange("PATCH", "/Users/" + id, Scim.patch(Json.createObjectBuilder().add("op", "replace")
                .add("path", "displayName").add("value", "Mia T.")).toString(), contentType, sentAccept, Map.of());
        assertEquals(200, patched.status(), patched::toString);
        assertEquals("Mia T.", patched.json().getString("displayName"), patched::toString);

        Api.Reply types = scim.exchange("GET", "/ResourceTypes", null, null, sentAccept, Map.of());
        assertEquals(200, types.status(), types::toString);
        assertTrue(types.contentType().startsWith(expected), types::toString);
        assertTrue(types.json().containsKey("Resources") && !types.body().contains("baseUrn"), types::toString);
        Api.Reply schemas = scim.exchange("GET", "/Schemas", null, null, sentAccept, Map.of());
        assertEquals(200, schemas.status(), schemas::toString);
        assertTrue(schemas.json().getJsonArray("Resources").size() >= 3, schemas::toString);
        Api.Reply config = scim.exchange("GET", "/ServiceProviderConfig", null, null, sentAccept, Map.of());
        assertTrue(config.json().getJsonObject("patch").getBoolean("supported"), config::toString);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {Scim.MEDIA_TYPE, Scim.JSON})
    void attributeNamesAndSchemaUrnsAreCaseInsensitive(String mediaType) throws Exception {
        Scim scim = scim(mediaType);
        String tag = WellnessFixtures.letters(6);
        String a = created(scim.post("/Users", Scim.user("ca." + tag + "@example.com", "Bea", "Case").add("displayName", "Case A " + tag)
                .add(Scim.ENTERPRISE, Json.createObjectBuilder().add("department", "Dept-" + tag)).build()));
        String b = created(scim.post("/Users", Scim.user("cb." + tag + "@example.com", "Abe", "Case").build()));

        assertEquals(Set.of(a), ids(scim.filterUsers("DisplayName eq \"Case A " + tag + "\"")));
        assertEquals(Set.of(a, b), ids(scim.filterUsers("meta.Created gt \"2000-01-01T00:00:00Z\" and USERNAME co \"" + tag + "\"")));
        assertEquals(Set.of(a), ids(scim.filterUsers(Scim.ENTERPRISE.toUpperCase() + ":Department eq \"dept-" + tag + "\"")));
        assertEquals(Set.of(b), ids(scim.filterUsers("EMAILS[TYPE eq \"work\" and Value sw \"cb." + tag + "\"]")));
        assertEquals(Set.of(a), ids(scim.filterUsers("urn:ietf:params:scim:schemas:core:2.0:user:Name.GivenName eq \"Bea\" and userName co \"" + tag + "\"")));

        String filter = "filter=" + Scim.encode("userName co \"" + tag + "\"");
        Api.Reply sorted = scim.get("/Users?" + filter + "&sortBy=NAME.GIVENNAME&sortOrder=Ascending&attributes=USERNAME,Name.GivenName");
        assertEquals(200, sorted.status(), sorted::toString);
        List<JsonObject> users = sorted.json().getJsonArray("Resources").getValuesAs(JsonObject.class);
        assertEquals(List.of(b, a), users.stream().map(u -> u.getString("id")).toList(), sorted::toString);
        assertTrue(users.get(0).containsKey("userName") && !users.get(0).containsKey("emails"), sorted::toString);
        JsonObject without = scim.get("/Users/" + a + "?excludedAttributes=EMAILS,urn:ietf:params:scim:schemas:extension:enterprise:2.0:user:DEPARTMENT").json();
        assertFalse(without.containsKey("emails"), without::toString);
        assertTrue(without.containsKey("name"), without::toString);

        Api.Reply patched = scim.patch("/Users/" + a, Scim.patch(
                Json.createObjectBuilder().add("op", "replace").add("path", "Name.GivenName").add("value", "Beatrice"),
                Json.createObjectBuilder().add("op", "replace").add("path", "EMAILS[Type eq \"work\"].VALUE").add("value", "bea." + tag + "@example.com"),
                Json.createObjectBuilder().add("op", "replace").add("path", Scim.ENTERPRISE.toUpperCase() + ":Department").add("value", "Ops")), null);
        assertEquals(200, patched.status(), patched::toString);
        assertEquals("Beatrice", patched.json().getJsonObject("name").getString("givenName"), patched::toString);
        assertEquals("bea." + tag + "@example.com", patched.json().getJsonArray("emails").getJsonObject(0).getString("value"), patched::toString);
        assertEquals("Ops", patched.json().getJsonObject(Scim.ENTERPRISE).getString("department"), patched::toString);

        Api.Reply searched = scim.post("/Users/.search", Json.createObjectBuilder()
                .add("schemas", Json.createArrayBuilder().add("urn:ietf:params:scim:api:messages:2.0:SearchRequest"))
                .add("filter", "UserName Sw \"cb." + tag + "\"").add("attributes", Json.createArrayBuilder().add("DisplayName").add("USERNAME"))
                .add("sortBy", "UserName").build());
        assertEquals(Set.of(b), ids(searched));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {Scim.MEDIA_TYPE, Scim.JSON})
    void malformedQueryParametersAre400InScimsErrorFormat(String mediaType) throws Exception {
        Scim scim = scim(mediaType);
        assertError(scim.get("/Users?attributes=" + Scim.encode("emails[type eq \"work\"]")), 400, "invalidValue");
        assertError(scim.get("/Users?excludedAttributes=" + Scim.encode("emails[type eq \"work\"]")), 400, "invalidValue");
        assertError(scim.get("/Users?attributes=" + Scim.encode("name..givenName")), 400, "invalidValue");
        assertError(scim.get("/Users?attributes=" + Scim.encode(",")), 400, "invalidValue");
        assertError(scim.get("/Groups?count=abc"), 400, "invalidValue");
        assertError(scim.get("/Users?startIndex=abc"), 400, "invalidValue");
        assertError(scim.get("/Users?count=99999999999"), 400, "invalidValue");
        assertError(scim.get("/Users?sortBy=userName&sortOrder=sideways"), 400, "invalidValue");
        assertError(scim.get("/Users?sortBy=" + Scim.encode("emails[type eq \"x\"]")), 400, "invalidValue");
        assertError(scim.get("/Users/anything?attributes=" + Scim.encode("a b")), 400, "invalidValue");
        assertEquals(200, scim.get("/Users?count=2&startIndex=1&sortBy=userName&sortOrder=DESCENDING").status());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {Scim.MEDIA_TYPE, Scim.JSON})
    void aDuplicateExternalIdIsAConflictNeverA500(String mediaType) throws Exception {
        Scim scim = scim(mediaType);
        String external = "ext-" + WellnessFixtures.letters(8);
        JsonObject group = Json.createObjectBuilder(Scim.group("Ext " + WellnessFixtures.letters(4))).add("externalId", external).build();
        String first = created(scim.post("/Groups", group));
        assertError(scim.post("/Groups", Json.createObjectBuilder(Scim.group("Ext other")).add("externalId", external).build()), 409, "uniqueness");
        String second = created(scim.post("/Groups", Scim.group("Ext second " + WellnessFixtures.letters(4))));
        assertError(scim.put("/Groups/" + second, Json.createObjectBuilder(Scim.group("Ext second")).add("externalId", external).build(), null),
                409, "uniqueness");
        assertEquals(Set.of(first), ids(scim.get("/Groups?filter=" + Scim.encode("externalId eq \"" + external + "\""))));

        created(scim.post("/Users", Scim.user(unique("xa"), "X", "A").add("externalId", external).build()));
        assertError(scim.post("/Users", Scim.user(unique("xb"), "X", "B").add("externalId", external).build()), 409, "uniqueness");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {Scim.MEDIA_TYPE, Scim.JSON})
    void hostileFiltersAreRefusedBeforeParsing(String mediaType) throws Exception {
        Scim scim = scim(mediaType);
        String deep = "(".repeat(10_000) + "userName eq \"a\"" + ")".repeat(10_000);
        long start = System.nanoTime();
        Api.Reply refused = scim.post("/Users/.search", Json.createObjectBuilder()
                .add("schemas", Json.createArrayBuilder().add("urn:ietf:params:scim:api:messages:2.0:SearchRequest")).add("filter", deep).build());
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertError(refused, 400, "invalidFilter");
        System.out.println("SCIM: a filter nesting 10,000 parentheses was refused in " + millis + " ms (" + mediaType + ")");

        assertError(scim.filterUsers("(".repeat(500) + "userName eq \"a\"" + ")".repeat(500)), 400, "invalidFilter");
        assertError(scim.filterUsers("(".repeat(11) + "userName eq \"a\"" + ")".repeat(11)), 400, "invalidFilter");
        // In a URI the app's query limit (4,096 characters, ADR 0008) answers first, in SCIM's error shape;
        // in a .search body the filter bound does.
        Api.Reply longQuery = scim.filterUsers("userName eq \"" + "x".repeat(5_000) + "\"");
        assertEquals(414, longQuery.status(), longQuery::toString);
        assertTrue(longQuery.body().contains("urn:ietf:params:scim:api:messages:2.0:Error"), longQuery::toString);
        assertError(scim.post("/Users/.search", Json.createObjectBuilder()
                .add("schemas", Json.createArrayBuilder().add("urn:ietf:params:scim:api:messages:2.0:SearchRequest"))
                .add("filter", "userName eq \"" + "x".repeat(5_000) + "\"").build()), 400, "invalidFilter");
        assertError(scim.filterUsers(String.join(" or ", java.util.Collections.nCopies(21, "userName eq \"a\""))), 400, "invalidFilter");
        // Up to the limits, filters work, and quickly.
        String nested = "(".repeat(10) + "userName eq \"nobody\"" + ")".repeat(10);
        String wide = String.join(" or ", java.util.Collections.nCopies(20, "userName eq \"nobody\""));
        start = System.nanoTime();
        assertEquals(0, scim.filterUsers(nested).json().getInt("totalResults"));
        assertEquals(0, scim.filterUsers(wide).json().getInt("totalResults"));
        System.out.println("SCIM: filters at the limits (depth 10, 20 clauses) answered in " + (System.nanoTime() - start) / 1_000_000 + " ms");
        // Words and brackets inside string literals do not count.
        assertEquals(0, scim.filterUsers("userName eq \"" + "( and [".repeat(200) + "\"").json().getInt("totalResults"));

        String id = created(scim.post("/Users", Scim.user(unique("fp"), "F", "P").build()));
        assertError(scim.patch("/Users/" + id, Scim.patch(Json.createObjectBuilder().add("op", "remove")
                .add("path", "emails[" + "(".repeat(10_000) + "type eq \"x\"" + ")".repeat(10_000) + "]")), null), 400, "invalidPath");
        jakarta.json.JsonArrayBuilder many = Json.createArrayBuilder();
        for (int i = 0; i < 1_001; i++) {
            many.add(Json.createObjectBuilder().add("op", "replace").add("path", "title").add("value", "t" + i));
        }
        assertError(scim.patch("/Users/" + id, Json.createObjectBuilder().add("schemas", Json.createArrayBuilder().add(Scim.PATCH_OP))
                .add("Operations", many).build(), null), 413, null);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {Scim.MEDIA_TYPE, Scim.JSON})
    void theShapesScimonoChecksStrictly(String mediaType) throws Exception {
        Scim scim = scim(mediaType);
        String userName = unique("sm");
        String id = created(scim.post("/Users", Scim.user(userName, "S", "M").add("userType", "developer").build()));

        // A PATCH without "schemas" (RFC 7644 §3.5.2), for an existing and a missing user.
        String noSchemas = "{\"Operations\":[{\"op\":\"add\",\"path\":\"displayName\",\"value\":\"x\"}]}";
        assertError(scim.send("PATCH", "/Users/" + id, noSchemas, null), 400, "invalidSyntax");
        assertError(scim.send("PATCH", "/Users/aff7a7d5-42ed-4854-9e68-d51780cea401", "{\"schemas\":[],\"Operations\":[]}", null), 400, null);

        // A value of the wrong type is refused, and changes nothing.
        assertError(scim.patch("/Users/" + id, Scim.patch(Json.createObjectBuilder().add("op", "replace").add("path", "userType")
                .add("value", true)), null), 400, "invalidValue");
        assertError(scim.patch("/Users/" + id, Scim.patch(Json.createObjectBuilder().add("op", "replace").add("path", "active")
                .add("value", 7)), null), 400, "invalidValue");
        assertEquals("developer", scim.get("/Users/" + id).json().getString("userType"));
        assertError(scim.post("/Users", Scim.user(unique("wt"), "W", "T").add("userType", 5).build()), 400, "invalidValue");
        assertError(scim.post("/Users", Scim.user(unique("wt"), "W", "T").add("active", "yes").build()), 400, "invalidValue");
        assertError(scim.put("/Users/" + id, Scim.user(userName, "S", "M")
                .add("name", Json.createObjectBuilder().add("givenName", true)).build(), null), 400, "invalidValue");
        assertError(scim.post("/Users", Scim.user(unique("wt"), "W", "T")
                .add(Scim.ENTERPRISE, Json.createObjectBuilder().add("department", 42)).build()), 400, "invalidValue");

        // An extension present but not listed in "schemas" (RFC 7643 §3).
        JsonObject undeclared = Json.createObjectBuilder().add("schemas", Json.createArrayBuilder().add(Scim.USER_SCHEMA))
                .add("userName", unique("ext")).add(Scim.ENTERPRISE, Json.createObjectBuilder().add("costCenter", "something")).build();
        assertError(scim.post("/Users", undeclared), 400, "invalidValue");

        // An empty page (RFC 7644 §3.4.2): totalResults 0, itemsPerPage 0, startIndex as asked.
        Api.Reply empty = scim.get("/Groups?startIndex=1&count=100&filter=" + Scim.encode("displayName eq \"no such group\""));
        assertEquals(200, empty.status(), empty::toString);
        JsonObject page = empty.json();
        assertEquals(0, page.getInt("totalResults"), empty::toString);
        assertEquals(0, page.getInt("itemsPerPage"), empty::toString);
        assertEquals(1, page.getInt("startIndex"), empty::toString);
        assertTrue(!page.containsKey("Resources") || page.getJsonArray("Resources").isEmpty(), empty::toString);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {Scim.MEDIA_TYPE, Scim.JSON})
    void patchRunsInsideBulk(String mediaType) throws Exception {
        Scim scim = scim(mediaType);
        String existing = created(scim.post("/Users", Scim.user(unique("bp"), "Bul", "Patch").build()));
        String etag = scim.get("/Users/" + existing).header("ETag");
        JsonObject bulk = Json.createObjectBuilder()
                .add("schemas", Json.createArrayBuilder().add(Scim.BULK_REQUEST))
                .add("Operations", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("method", "POST").add("path", "/Users").add("bulkId", "nu")
                                .add("data", Scim.user(unique("bn"), "Bulk", "New")))
                        .add(Json.createObjectBuilder().add("method", "POST").add("path", "/Groups").add("bulkId", "g")
                                .add("data", Scim.group("Bulk patch " + WellnessFixtures.letters(4))))
                        .add(Json.createObjectBuilder().add("method", "PATCH").add("path", "/Users/" + existing).add("version", etag)
                                .add("data", Scim.patch(Json.createObjectBuilder().add("op", "replace").add("path", "Title").add("value", "Bulk-patched"))))
                        .add(Json.createObjectBuilder().add("method", "PATCH").add("path", "/Groups/bulkId:g")
                                .add("data", Scim.patch(Json.createObjectBuilder().add("op", "add").add("path", "members")
                                        .add("value", Json.createArrayBuilder().add(Json.createObjectBuilder().add("value", "bulkId:nu"))))))
                        .add(Json.createObjectBuilder().add("method", "PATCH").add("path", "/Users/" + existing).add("version", etag)
                                .add("data", Scim.patch(Json.createObjectBuilder().add("op", "replace").add("path", "title").add("value", "stale"))))
                        .add(Json.createObjectBuilder().add("method", "PATCH").add("path", "/Users/" + existing)
                                .add("data", Json.createObjectBuilder().add("Operations", Json.createArrayBuilder()
                                        .add(Json.createObjectBuilder().add("op", "replace").add("path", "title").add("value", "no schema"))))))
                .build();
        Api.Reply r = scim.post("/Bulk", bulk);
        assertEquals(200, r.status(), r::toString);
        assertTrue(r.contentType().startsWith(mediaType), r::toString);
        List<JsonObject> ops = r.json().getJsonArray("Operations").getValuesAs(JsonObject.class);
        assertEquals(List.of("201", "201", "200", "200", "412", "400"), ops.stream().map(op -> op.getString("status")).toList(), r::toString);
        assertEquals("invalidSyntax", ops.get(5).getJsonObject("response").getString("scimType"), r::toString);
        assertEquals("Bulk-patched", scim.get("/Users/" + existing).json().getString("title"));
        String newUser = ops.get(0).getString("location").substring(ops.get(0).getString("location").lastIndexOf('/') + 1);
        JsonObject group = scim.get(ops.get(1).getString("location").substring(ops.get(1).getString("location").indexOf("/Groups"))).json();
        assertEquals(newUser, group.getJsonArray("members").getJsonObject(0).getString("value"), group::toString);

        // failOnErrors still stops at the first error, also for PATCH.
        JsonObject failing = Json.createObjectBuilder().add("schemas", Json.createArrayBuilder().add(Scim.BULK_REQUEST)).add("failOnErrors", 1)
                .add("Operations", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("method", "PATCH").add("path", "/Users/no-such-user")
                                .add("data", Scim.patch(Json.createObjectBuilder().add("op", "replace").add("path", "title").add("value", "x"))))
                        .add(Json.createObjectBuilder().add("method", "DELETE").add("path", "/Users/" + existing)))
                .build();
        Api.Reply stopped = scim.post("/Bulk", failing);
        assertEquals(200, stopped.status(), stopped::toString);
        assertEquals(1, stopped.json().getJsonArray("Operations").size(), stopped::toString);
        assertEquals("404", stopped.json().getJsonArray("Operations").getJsonObject(0).getString("status"), stopped::toString);
        assertEquals(200, scim.get("/Users/" + existing).status(), "the DELETE after the error never ran");
    }

    private static Set<String> ids(Api.Reply reply) {
        assertEquals(200, reply.status(), reply::toString);
        JsonArray resources = reply.json().getJsonArray("Resources");
        return resources == null ? Set.of() : resources.getValuesAs(JsonObject.class).stream().map(u -> u.getString("id")).collect(Collectors.toSet());
    }
}
