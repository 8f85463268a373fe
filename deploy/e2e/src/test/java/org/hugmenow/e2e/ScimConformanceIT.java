package org.hugmenow.e2e;

import static org.hugmenow.e2e.WellnessFixtures.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.jakarta.rs.json.JacksonJsonProvider;
import com.unboundid.scim2.client.ScimService;
import com.unboundid.scim2.common.exceptions.BadRequestException;
import com.unboundid.scim2.common.exceptions.PreconditionFailedException;
import com.unboundid.scim2.common.exceptions.ResourceConflictException;
import com.unboundid.scim2.common.exceptions.ResourceNotFoundException;
import com.unboundid.scim2.common.filters.Filter;
import com.unboundid.scim2.common.messages.ListResponse;
import com.unboundid.scim2.common.messages.SortOrder;
import com.unboundid.scim2.common.types.Email;
import com.unboundid.scim2.common.types.EnterpriseUserExtension;
import com.unboundid.scim2.common.types.GroupResource;
import com.unboundid.scim2.common.types.Member;
import com.unboundid.scim2.common.types.Name;
import com.unboundid.scim2.common.types.ServiceProviderConfigResource;
import com.unboundid.scim2.common.types.UserResource;
import com.unboundid.scim2.common.utils.JsonUtils;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Conformance as a real SCIM client library sees it: UnboundID's SCIM 2 SDK parses every
 * response strictly (dateTimes with offsets, ETags, list responses, error bodies) and maps each
 * error status to its own exception. Then the public SCIMono compliance suite, run as its own
 * process against this deployment, in {@link ScimonoSuite}.
 */
class ScimConformanceIT extends DeployedAppIT {

    private static String slug;
    private static String token;
    private static JsonObject basic;
    private Client client;

    private ScimService scim() throws Exception {
        if (slug == null) {
            slug = Tenants.uniqueSlug("scimc");
            tenants.provision(slug);
            var admin = person(api, tenants, slug, "ida", "it-admin");
            token = api.post("/api/v1/admin/scim-tokens", admin.token(), "{\"kind\":\"token\"}").json().getString("token");
            // SCIMono counts users and groups: it gets a tenant of its own.
            String suite = Tenants.uniqueSlug("scimono");
            tenants.provision(suite);
            var suiteAdmin = person(api, tenants, suite, "sam", "it-admin");
            basic = api.post("/api/v1/admin/scim-tokens", suiteAdmin.token(), "{\"kind\":\"basic\",\"label\":\"SCIMono\"}").json();
            seedLikeADirectoryInUse(Scim.basic(api, basic.getString("clientId"), basic.getString("clientSecret")));
        }
        client = ClientBuilder.newClient()
                .property(org.glassfish.jersey.client.HttpUrlConnectorProvider.SET_METHOD_WORKAROUND, true)
                .register(new JacksonJsonProvider(JsonUtils.createObjectMapper()))
                .register((jakarta.ws.rs.client.ClientRequestFilter) request ->
                        request.getHeaders().putSingle("Authorization", "Bearer " + token));
        return new ScimService(client.target(api.base() + "/scim/v2"));
    }

    /**
     * SCIMono aborts (or, with a single user, fails) the read tests whose data it assumes but never
     * creates: more than 3 users, users with an email and an organization, a group with members.
     * A directory in use has them, so the suite's tenant gets them before it runs.
     */
    private static void seedLikeADirectoryInUse(Scim scim) {
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            ids.add(Scim.created(scim.post("/Users", Scim.user("seed" + i + "." + WellnessFixtures.letters(6) + "@example.com", "Seed", "User" + i)
                    .add(Scim.ENTERPRISE, jakarta.json.Json.createObjectBuilder().add("organization", "Seed Org").add("department", "Seeding"))
                    .build())));
        }
        Scim.created(scim.post("/Groups", Scim.group("Seeded team", ids.get(0), ids.get(1))));
    }

    @AfterEach
    void close() {
        if (client != null) {
            client.close();
        }
    }

    private static UserResource user(String userName) {
        UserResource u = new UserResource().setUserName(userName)
                .setName(new Name().setGivenName("Una").setFamilyName("Bound"))
                .setEmails(List.of(new Email().setValue(userName).setType("work").setPrimary(true)))
                .setActive(true);
        u.setExtension(new EnterpriseUserExtension().setDepartment("Research").setEmployeeNumber("U-1"));
        return u;
    }

    @Test
    void theClientReadsTheServiceProviderConfigAndSchemas() throws Exception {
        ScimService scim = scim();
        ServiceProviderConfigResource config = scim.getServiceProviderConfig();
        assertTrue(config.getPatch().isSupported());
        assertTrue(config.getBulk().isSupported());
        assertTrue(config.getFilter().isSupported());
        assertTrue(config.getEtag().isSupported());
        assertTrue(scim.getSchemas().getTotalResults() >= 3);
        assertTrue(scim.getResourceTypes().getResources().stream().anyMatch(t -> t.getName().equals("User")));
    }

    @Test
    void createRetrieveModifyReplaceAndDeleteAUser() throws Exception {
        ScimService scim = scim();
        String userName = "ub." + WellnessFixtures.letters(8) + "@example.com";
        UserResource created = scim.create("Users", user(userName));
        assertNotNull(created.getId());
        assertNotNull(created.getMeta().getCreated(), "meta.created parses as a dateTime with an offset");
        assertNotNull(created.getMeta().getVersion());
        assertEquals("Research", created.getExtension(EnterpriseUserExtension.class).getDepartment());

        UserResource read = scim.retrieve(created);
        assertEquals(userName, read.getUserName());

        UserResource modified = scim.modifyRequest(read).replaceValue("displayName", "Una B.")
                .addValues("emails", new Email().setValue("una@home.example").setType("home")).invoke();
        assertEquals("Una B.", modified.getDisplayName());
        assertEquals(2, modified.getEmails().size());
        assertNotEquals(read.getMeta().getVersion(), modified.getMeta().getVersion());

        // The version read before the change no longer matches.
        assertThrows(PreconditionFailedException.class,
                () -> scim.modifyRequest(read).ifMatch().replaceValue("title", "stale").invoke());
        UserResource replaced = scim.replaceRequest(modified.setTitle("Chief")).ifMatch().invoke();
        assertEquals("Chief", replaced.getTitle());

        scim.delete(replaced);
        assertThrows(ResourceNotFoundException.class, () -> scim.retrieve("Users", replaced.getId(), UserResource.class));
    }

    @Test
    void searchesFilterSortAndPage() throws Exception {
        ScimService scim = scim();
        String tag = WellnessFixtures.letters(6);
        for (String n : List.of("c", "a", "b")) {
            scim.create("Users", user(n + "." + tag + "@example.com"));
        }
        ListResponse<UserResource> page = scim.searchRequest("Users")
                .filter(Filter.co("userName", tag)).sort("userName", SortOrder.ASCENDING).page(1, 2).invoke(UserResource.class);
        assertEquals(3, page.getTotalResults());
        assertEquals(2, page.getItemsPerPage());
        assertEquals("a." + tag + "@example.com", page.getResources().get(0).getUserName());
        ListResponse<UserResource> exact = scim.searchRequest("Users")
                .filter(Filter.and(Filter.eq("userName", "B." + tag.toUpperCase() + "@EXAMPLE.COM"), Filter.pr("emails"))).invoke(UserResource.class);
        assertEquals(1, exact.getTotalResults());
        ListResponse<UserResource> posted = scim.searchRequest("Users").filter(Filter.sw("userName", "c." + tag)).invokePost(UserResource.class);
        assertEquals(1, posted.getTotalResults());
        ListResponse<UserResource> beyond = scim.searchRequest("Users").filter(Filter.co("userName", tag)).page(10, 5).invoke(UserResource.class);
        assertEquals(3, beyond.getTotalResults(), "an empty page still reports the total");
        assertEquals(10, beyond.getStartIndex());
    }

    @Test
    void errorsArriveAsTheRightExceptions() throws Exception {
        ScimService scim = scim();
        String userName = "dup." + WellnessFixtures.letters(8) + "@example.com";
        scim.create("Users", user(userName));
        assertThrows(ResourceConflictException.class, () -> scim.create("Users", user(userName)));
        BadRequestException filter = assertThrows(BadRequestException.class,
                () -> scim.searchRequest("Users").filter("userName eq").invoke(UserResource.class));
        assertEquals("invalidFilter", filter.getScimError().getScimType());
        assertThrows(ResourceNotFoundException.class, () -> scim.retrieve("Groups", "00000000-0000-0000-0000-000000000000", GroupResource.class));
    }

    @Test
    void groupsWithMembers() throws Exception {
        ScimService scim = scim();
        UserResource member = scim.create("Users", user("gm." + WellnessFixtures.letters(8) + "@example.com"));
        GroupResource group = scim.create("Groups", new GroupResource().setDisplayName("Conformance " + WellnessFixtures.letters(4))
                .setMembers(List.of(new Member().setValue(member.getId()))));
        assertEquals(member.getId(), group.getMembers().get(0).getValue());
        GroupResource emptied = scim.modifyRequest(group).removeValues("members").invoke();
        assertTrue(emptied.getMembers() == null || emptied.getMembers().isEmpty());
        scim.delete(emptied);
        assertThrows(ResourceNotFoundException.class, () -> scim.retrieve(emptied));
    }

    @Test
    void scimonoComplianceSuitePassesEverythingTheRfcRequires() throws Exception {
        scim();
        ScimonoSuite.Result result = ScimonoSuite.run(api.base() + "/scim/v2", basic.getString("clientId"), basic.getString("clientSecret"),
                java.nio.file.Path.of("target", "scimono-report.txt"));
        System.out.println("SCIMono compliance: " + result.summary());
        assertTrue(result.successful() > 0, result::summary);
        List<String> unexplained = result.failed().stream().filter(t -> !ScimonoSuite.judgedWrong(t)).toList();
        assertEquals(List.of(), unexplained, "SCIMono tests failing for a reason not explained in the README");
        assertTrue(result.aborted().size() <= 10, "more SCIMono tests aborted than the few that assume data: " + result.summary());
    }
}
