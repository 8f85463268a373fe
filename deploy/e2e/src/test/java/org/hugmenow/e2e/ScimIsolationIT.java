package org.hugmenow.e2e;

import static org.hugmenow.e2e.Scim.assertError;
import static org.hugmenow.e2e.Scim.created;
import static org.hugmenow.e2e.WellnessFixtures.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.hugmenow.e2e.WellnessFixtures.Person;
import org.junit.jupiter.api.Test;

/**
 * A SCIM credential of tenant A never reads or writes tenant B: for Users, Groups, Bulk and
 * search, by id, by filter and by listing; and a credential edited to name another tenant fails.
 */
class ScimIsolationIT extends DeployedAppIT {

    private static boolean ready;
    private static String slugA;
    private static String slugB;
    private static Person adminA;
    private static Scim a;
    private static Scim b;
    private static String tokenB;
    private static JsonObject basicB;
    private static String userA;
    private static String userNameA;
    private static String groupA;

    private void setUp() throws Exception {
        if (ready) {
            return;
        }
        slugA = Tenants.uniqueSlug("scim-a");
        slugB = Tenants.uniqueSlug("scim-b");
        tenants.provision(slugA);
        tenants.provision(slugB);
        adminA = person(api, tenants, slugA, "ada", "it-admin");
        Person adminB = person(api, tenants, slugB, "bea", "it-admin");
        a = Scim.bearer(api, issue(adminA, "token").getString("token"));
        tokenB = issue(adminB, "token").getString("token");
        b = Scim.bearer(api, tokenB);
        basicB = issue(adminB, "basic");
        userNameA = "iso." + WellnessFixtures.letters(8) + "@example.com";
        userA = created(a.post("/Users", Scim.user(userNameA, "Isa", "Alpha").add("externalId", "ext-iso-a").build()));
        groupA = created(a.post("/Groups", Scim.group("Team A", userA)));
        created(b.post("/Users", Scim.user("iso." + WellnessFixtures.letters(8) + "@example.com", "Ben", "Beta").build()));
        ready = true;
    }

    private JsonObject issue(Person admin, String kind) {
        Api.Reply r = api.post("/api/v1/admin/scim-tokens", admin.token(), "{\"kind\":\"" + kind + "\"}");
        assertEquals(201, r.status(), r::toString);
        return r.json();
    }

    @Test
    void usersOfAnotherTenantCannotBeReadFoundOrListed() throws Exception {
        setUp();
        assertError(b.get("/Users/" + userA), 404, null);
        // B may have its own user of that name (another test makes one); A's never shows.
        assertFalse(b.filterUsers("userName eq \"" + userNameA + "\"").body().contains(userA));
        assertEquals(0, b.filterUsers("externalId eq \"ext-iso-a\"").json().getInt("totalResults"));
        assertEquals(0, b.filterUsers("id eq \"" + userA + "\"").json().getInt("totalResults"));
        String listing = b.get("/Users?count=1000").body();
        assertFalse(listing.contains(userA) || listing.contains("Alpha"), listing);
        Api.Reply search = b.post("/Users/.search", Json.createObjectBuilder()
                .add("schemas", Json.createArrayBuilder().add("urn:ietf:params:scim:api:messages:2.0:SearchRequest"))
                .add("filter", "userName eq \"" + userNameA + "\"").build());
        assertFalse(search.body().contains(userA), search::toString);
    }

    @Test
    void usersOfAnotherTenantCannotBeWritten() throws Exception {
        setUp();
        assertError(b.put("/Users/" + userA, Scim.user(userNameA, "Hacked", "Hacked").build(), null), 404, null);
        assertError(b.patch("/Users/" + userA, Scim.patch(Json.createObjectBuilder().add("op", "replace")
                .add("path", "active").add("value", false)), null), 404, null);
        assertError(b.delete("/Users/" + userA, null), 404, null);
        JsonObject still = a.get("/Users/" + userA).json();
        assertTrue(still.getBoolean("active"));
        assertEquals("Alpha", still.getJsonObject("name").getString("familyName"));
        // The same userName is free in B: tenants have separate namespaces.
        created(b.post("/Users", Scim.user(userNameA, "Other", "Person").build()));
        assertEquals(userA, a.filterUsers("userName eq \"" + userNameA + "\"").json().getJsonArray("Resources").getJsonObject(0).getString("id"));
    }

    @Test
    void groupsOfAnotherTenantAreInvisibleAndMembersCannotCrossTenants() throws Exception {
        setUp();
        assertError(b.get("/Groups/" + groupA), 404, null);
        assertError(b.patch("/Groups/" + groupA, Scim.patch(Json.createObjectBuilder().add("op", "add").add("path", "members")
                .add("value", Json.createArrayBuilder().add(Json.createObjectBuilder().add("value", userA)))), null), 404, null);
        assertError(b.delete("/Groups/" + groupA, null), 404, null);
        assertFalse(b.get("/Groups").body().contains(groupA));
        assertEquals(0, b.get("/Groups?filter=" + Scim.encode("displayName eq \"Team A\"")).json().getInt("totalResults"));
        // A's user cannot be put into B's group.
        assertError(b.post("/Groups", Scim.group("Team B", userA)), 400, "invalidValue");
        assertEquals(1, a.get("/Groups/" + groupA).json().getJsonArray("members").size());
    }

    @Test
    void bulkOperationsStayInTheCredentialsTenant() throws Exception {
        setUp();
        JsonObject bulk = Json.createObjectBuilder()
                .add("schemas", Json.createArrayBuilder().add(Scim.BULK_REQUEST))
                .add("Operations", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("method", "DELETE").add("path", "/Users/" + userA))
                        .add(Json.createObjectBuilder().add("method", "PUT").add("path", "/Groups/" + groupA)
                                .add("data", Scim.group("Taken over")))
                        .add(Json.createObjectBuilder().add("method", "PATCH").add("path", "/Groups/" + groupA)
                                .add("data", Scim.patch(Json.createObjectBuilder().add("op", "remove").add("path", "members"))))
                        .add(Json.createObjectBuilder().add("method", "PATCH").add("path", "/Users/" + userA)
                                .add("data", Scim.patch(Json.createObjectBuilder().add("op", "replace").add("path", "active").add("value", false)))))
                .build();
        Api.Reply r = b.post("/Bulk", bulk);
        assertEquals(4, r.json().getJsonArray("Operations").size(), r::toString);
        assertEquals(200, r.status(), r::toString);
        r.json().getJsonArray("Operations").getValuesAs(JsonObject.class)
                .forEach(op -> assertEquals("404", op.get("status").toString().replace("\"", ""), r::toString));
        assertEquals(200, a.get("/Users/" + userA).status());
        assertTrue(a.get("/Users/" + userA).json().getBoolean("active"));
        assertEquals(1, a.get("/Groups/" + groupA).json().getJsonArray("members").size());
    }

    @Test
    void aCredentialEditedToNameAnotherTenantIsRefused() throws Exception {
        setUp();
        String forged = tokenB.replace("hmnscim_" + slugB + "_", "hmnscim_" + slugA + "_");
        assertError(Scim.bearer(api, forged).get("/Users"), 401, null);
        String clientId = basicB.getString("clientId").replace("scim_" + slugB + "_", "scim_" + slugA + "_");
        assertError(Scim.basic(api, clientId, basicB.getString("clientSecret")).get("/Users"), 401, null);
        // A's admin token works on A's SCIM, and nothing of B shows.
        assertFalse(Scim.bearer(api, adminA.token()).get("/Users?count=1000").body().contains("Ben"));
        // B's credentials admin API cannot touch A's credentials.
        String idA = api.get("/api/v1/admin/scim-tokens", adminA.token()).items().getJsonObject(0).getString("id");
        Person adminB = person(api, tenants, slugB, "bob", "it-admin");
        assertEquals(404, api.delete("/api/v1/admin/scim-tokens/" + idA, adminB.token()).status());
        assertEquals(404, api.post("/api/v1/admin/scim-tokens/" + idA + "/rotate", adminB.token(), null).status());
        assertEquals(200, a.get("/Users?count=1").status());
    }
}
