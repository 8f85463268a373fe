package org.hugmenow.e2e;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToIgnoreCase;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static java.util.stream.Collectors.toMap;
import static java.util.stream.Collectors.toSet;
import static org.hugmenow.e2e.WellnessFixtures.assertFieldError;
import static org.hugmenow.e2e.WellnessFixtures.assertProblem;
import static org.hugmenow.e2e.WellnessFixtures.elements;
import static org.hugmenow.e2e.WellnessFixtures.letters;
import static org.hugmenow.e2e.WellnessFixtures.obj;
import static org.hugmenow.e2e.WellnessFixtures.objects;
import static org.hugmenow.e2e.WellnessFixtures.person;
import static org.hugmenow.e2e.WellnessFixtures.str;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.hugmenow.e2e.WellnessFixtures.Person;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Directory sync from an HR system over the wire: connections, dry runs, full runs, the safety
 * brake on mass deactivation, vendor outages and the circuit breaker, CSV uploads with bad lines,
 * credentials that never come back, tenant isolation, roles and refused input.
 *
 * <p>BambooHR is faked by WireMock in this JVM on 127.0.0.1, serving its custom report
 * ({@code POST /api/gateway.php/{companyDomain}/v1/reports/custom?format=JSON}, HTTP Basic with
 * the API key and "x"); the deployed app calls it from its own JVM. Each test has its own fake
 * company (its own path and key), connection, employee ids and family name, so tests share one
 * tenant without seeing each other's people: a full run only deactivates its own connection's.
 */
class HrSyncIT extends DeployedAppIT {

    private static final String CONNECTIONS = "/api/v1/admin/hr-connections";
    private static final String RUNS = "/api/v1/admin/sync-runs";
    private static final String PEOPLE = "/api/v1/directory/people";
    private static final Set<String> WORKING = Set.of("fetching", "applying");
    private static final Duration RUN_TIMEOUT = Duration.ofSeconds(90);
    /** ConnectorBreakers.THRESHOLD: failed fetches in a row that open a connection's breaker. */
    private static final int BREAKER_THRESHOLD = 3;
    private static final String CSV_HEADER =
            "employee_id,email,first_name,last_name,status,manager_id,department,cost_center,location,start_date,teams";
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Employee ids (the directory's hr_key) are unique in the tenant, so every test draws fresh ones. */
    private static final AtomicInteger NEXT_EMPLOYEE_ID = new AtomicInteger(4100);

    private static WireMockServer bamboo;
    private static String slug;
    private static Person hrAdmin;
    private static Person itAdmin;
    private static Person employee;

    @BeforeAll
    static void startFakeBambooHr() {
        bamboo = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
        bamboo.start();
    }

    @AfterAll
    static void stopFakeBambooHr() {
        if (bamboo != null) {
            bamboo.stop();
        }
    }

    private void setUp() throws Exception {
        if (slug != null) {
            return;
        }
        String s = Tenants.uniqueSlug("hrsync");
        tenants.provision(s);
        hrAdmin = person(api, tenants, s, "hana", "hr-admin");
        itAdmin = person(api, tenants, s, "ivan", "it-admin");
        employee = person(api, tenants, s, "emil", "employee");
        slug = s;
    }

    // ---- tests ----

    @Test
    void dryRunShowsTheDiffAndWritesNothing() throws Exception {
        setUp();
        String family = family();
        List<Employee> staff = staff(family);
        FakeCompany company = new FakeCompany();
        company.serve(staff);
        String connection = bambooConnection(company, "BambooHR dry run " + family);

        String runId = startRun(connection, true);
        JsonObject run = awaitRun(runId, "planned");
        assertTrue(run.getBoolean("dryRun"), run::toString);
        assertEquals(5, counts(run).getInt("creates"), run::toString);
        assertEquals(0, counts(run).getInt("updates") + counts(run).getInt("deactivations") + counts(run).getInt("rekeys"), run::toString);
        assertEquals(5, progress(run).getInt("total"), run::toString);
        assertEquals(0, progress(run).getInt("applied"), run::toString);
        assertNotNull(str(run, "finishedAt"), () -> "a dry run ends with its plan: " + run);

        List<JsonObject> changes = changes(runId);
        assertEquals(5, changes.size(), changes::toString);
        assertTrue(changes.stream().allMatch(c -> "create".equals(c.getString("kind")) && !c.getBoolean("applied")), changes::toString);
        assertEquals(staff.stream().map(Employee::id).collect(toSet()),
                changes.stream().map(c -> c.getString("externalId")).collect(toSet()), changes::toString);

        Employee lead = staff.get(0);
        Employee report = staff.get(1);
        JsonObject reportChange = changeFor(changes, report.id());
        assertEquals(report.workEmail(), proposed(reportChange, "email"), reportChange::toString);
        assertEquals(report.firstName(), proposed(reportChange, "first_name"), reportChange::toString);
        assertEquals(family, proposed(reportChange, "last_name"), reportChange::toString);
        assertEquals(lead.id(), proposed(reportChange, "manager"), reportChange::toString);
        assertEquals("Engineering", proposed(reportChange, "department"), reportChange::toString);
        assertEquals("Europe", proposed(reportChange, "cost_center"), () -> "BambooHR's division is the cost center: " + reportChange);
        assertEquals("Lisbon", proposed(reportChange, "location"), reportChange::toString);
        assertEquals(report.hireDate(), proposed(reportChange, "start_date"), reportChange::toString);
        assertNull(proposed(changeFor(changes, lead.id()), "manager"), changes::toString);
        assertNull(proposed(changeFor(changes, staff.get(4).id()), "start_date"),
                () -> "BambooHR's 0000-00-00 is no start date: " + changes);

        assertTrue(people(family).isEmpty(), () -> "a dry run creates nobody: " + people(family));
        Api.Reply confirm = api.post(RUNS + "/" + runId + "/confirm", hrAdmin.token(), null);
        assertProblem(confirm, 409, "confirming a dry run");
        assertEquals("planned", run(runId).getString("status"));
        assertTrue(people(family).isEmpty(), () -> "still nobody after the refused confirmation: " + people(family));
    }

    @Test
    void fullRunAppliesThenANoChangeRunWritesNothing() throws Exception {
        setUp();
        String family = family();
        List<Employee> staff = staff(family);
        FakeCompany company = new FakeCompany();
        company.serve(staff);
        String connection = bambooConnection(company, "BambooHR full " + family);

        String firstId = startRun(connection, false);
        JsonObject first = awaitRun(firstId, "succeeded");
        assertEquals(5, counts(first).getInt("creates"), first::toString);
        assertEquals(0, counts(first).getInt("errors"), first::toString);
        assertEquals(5, progress(first).getInt("applied"), first::toString);
        assertEquals(5, progress(first).getInt("total"), first::toString);
        List<JsonObject> applied = changes(firstId);
        assertTrue(applied.size() == 5 && applied.stream().allMatch(c -> c.getBoolean("applied")), applied::toString);

        Map<String, String> ids = personIds(family);
        assertEquals(displayNames(staff), ids.keySet());
        Employee lead = staff.get(0);
        Employee report = staff.get(1);
        String reportId = ids.get(report.displayName());
        Api.Reply before = Scim.bearer(api, itAdmin.token()).get("/Users/" + reportId);
        assertEquals(200, before.status(), before::toString);
        JsonObject user = before.json();
        assertEquals(report.workEmail(), user.getString("userName"), user::toString);
        assertTrue(user.getBoolean("active"), user::toString);
        JsonObject enterprise = enterprise(user);
        assertEquals("Engineering", enterprise.getString("department", null), user::toString);
        assertEquals("Europe", enterprise.getString("costCenter", null), user::toString);
        assertNotNull(enterprise.getJsonObject("manager"), user::toString);
        assertEquals(ids.get(lead.displayName()), enterprise.getJsonObject("manager").getString("value"),
                () -> "the supervisor is linked as manager: " + user);
        String etag = before.header("ETag");
        assertNotNull(etag, before::toString);

        String secondId = startRun(connection, false);
        JsonObject second = awaitRun(secondId, "succeeded");
        JsonObject counts = counts(second);
        for (String count : List.of("creates", "updates", "deactivations", "rekeys", "moves", "managerChanges", "conflicts", "errors")) {
            assertEquals(0, counts.getInt(count), () -> count + " of a run without changes: " + second);
        }
        assertEquals(0, progress(second).getInt("total"), second::toString);
        assertEquals(0, progress(second).getInt("applied"), second::toString);
        assertTrue(changes(secondId).isEmpty(), () -> "no changes planned: " + changes(secondId));

        assertEquals(ids, personIds(family), "the same people, no more");
        Api.Reply after = Scim.bearer(api, itAdmin.token()).get("/Users/" + reportId);
        assertEquals(200, after.status(), after::toString);
        assertEquals(etag, after.header("ETag"), () -> "the person was not written again: " + after);
    }

    @Test
    void changesAreAppliedAndDeactivationsAboveTheShareWaitForConfirmation() throws Exception {
        setUp();
        String family = family();
        List<Employee> staff = staff(family);
        FakeCompany company = new FakeCompany();
        company.serve(staff);
        String connection = bambooConnection(company, "BambooHR brake " + family);
        awaitRun(startRun(connection, false), "succeeded");
        Map<String, String> ids = personIds(family);
        assertEquals(displayNames(staff), ids.keySet());

        // The report moves department; three of five leave BambooHR's report: 60 % > the default 10 %.
        Employee moved = staff.get(1).withDepartment("Platform");
        List<Employee> leavers = staff.subList(2, 5);
        company.serve(List.of(staff.get(0), moved));

        String runId = startRun(connection, false);
        JsonObject waiting = awaitRun(runId, "awaiting_confirmation");
        assertEquals(1, counts(waiting).getInt("updates"), waiting::toString);
        assertEquals(3, counts(waiting).getInt("deactivations"), waiting::toString);
        assertEquals(0, counts(waiting).getInt("creates"), waiting::toString);
        assertTrue(str(waiting, "note") != null && str(waiting, "note").contains("3 of 5"),
                () -> "the note says why the run waits: " + waiting);
        assertEquals(0, progress(waiting).getInt("applied"), waiting::toString);

        List<JsonObject> changes = changes(runId);
        JsonObject update = changeFor(changes, moved.id());
        assertEquals("update", update.getString("kind"), changes::toString);
        JsonObject department = attribute(update, "department");
        assertNotNull(department, update::toString);
        assertEquals("Engineering", department.getString("from", null), update::toString);
        assertEquals("Platform", department.getString("to", null), update::toString);
        for (Employee leaver : leavers) {
            assertEquals("deactivate", changeFor(changes, leaver.id()).getString("kind"), changes::toString);
        }

        // Waiting: nobody is deactivated and nothing is changed yet.
        assertEquals(displayNames(staff), personIds(family).keySet(), "all five are still active while the run waits");
        assertEquals("Engineering", enterprise(scimUser(ids.get(moved.displayName()))).getString("department", null));

        Api.Reply confirmed = api.post(RUNS + "/" + runId + "/confirm", hrAdmin.token(), null);
        assertEquals(202, confirmed.status(), confirmed::toString);
        assertEquals(hrAdmin.username, str(confirmed.json(), "confirmedBy"), confirmed::toString);
        JsonObject done = awaitRun(runId, "succeeded");
        assertEquals(4, progress(done).getInt("applied"), done::toString);
        assertEquals(4, progress(done).getInt("total"), done::toString);
        assertEquals(0, counts(done).getInt("errors"), done::toString);

        assertEquals(displayNames(List.of(staff.get(0), moved)), personIds(family).keySet(), "the leavers left the people search");
        for (Employee leaver : leavers) {
            JsonObject gone = scimUser(ids.get(leaver.displayName()));
            assertFalse(gone.getBoolean("active"), () -> leaver.displayName() + " is inactive: " + gone);
        }
        JsonObject movedUser = scimUser(ids.get(moved.displayName()));
        assertTrue(movedUser.getBoolean("active"), movedUser::toString);
        assertEquals("Platform", enterprise(movedUser).getString("department", null), movedUser::toString);
    }

    @Test
    void vendorOutagesFailTheRunCleanlyAndTheBreakerOpens() throws Exception {
        setUp();
        String family = family();
        List<Employee> staff = staff(family).subList(0, 2);
        FakeCompany company = new FakeCompany();
        company.serve(staff);
        String connection = bambooConnection(company, "BambooHR outage " + family);
        awaitRun(startRun(connection, false), "succeeded");
        Map<String, String> before = personIds(family);
        assertEquals(displayNames(staff), before.keySet());

        company.unavailable();
        for (int i = 1; i <= BREAKER_THRESHOLD; i++) {
            int calls = company.requests();
            String runId = startRun(connection, false);
            JsonObject failed = awaitRun(runId, "failed");
            String failure = str(failed, "failure");
            assertTrue(failure != null && failure.contains("unavailable") && failure.contains("503"),
                    () -> "failure " + failed.toString());
            assertFalse(failure.contains("circuit breaker"), () -> "the breaker is still closed before failure " + failed);
            assertTrue(company.requests() - calls > 1, "the app retried BambooHR before giving up");
            assertNotNull(str(failed, "finishedAt"), failed::toString);
            assertEquals(0, progress(failed).getInt("total"), failed::toString);
            assertTrue(changes(runId).isEmpty(), () -> "a failed fetch plans nothing: " + changes(runId));
        }

        int calls = company.requests();
        JsonObject refused = awaitRun(startRun(connection, false), "failed");
        String failure = str(refused, "failure");
        assertTrue(failure != null && failure.contains("circuit breaker"), refused::toString);
        assertEquals(calls, company.requests(), "with the breaker open the run did not call BambooHR at all");

        assertEquals(before, personIds(family), "failed fetches are never taken as an empty export: nobody was deactivated");
        List<JsonObject> runs = elements(api.get(RUNS + "?connection=" + connection, hrAdmin.token()));
        assertEquals(BREAKER_THRESHOLD + 2, runs.size(), runs::toString);
        assertEquals("succeeded", runs.get(runs.size() - 1).getString("status"), () -> "the oldest run, listed last: " + runs);
        assertTrue(runs.subList(0, runs.size() - 1).stream().allMatch(r -> "failed".equals(r.getString("status"))), runs::toString);
    }

    @Test
    void csvUploadReportsBadLinesAndAppliesValidRowsOnlyOnConfirmation() throws Exception {
        setUp();
        String family = family();
        String connection = csvConnection(hrAdmin.token(), "HR export " + family);
        String lead = nextId();
        String csv = String.join("\n",
                CSV_HEADER,
                lead + "," + email("noor", family) + ",Noor," + family + ",active,,Finance,CC-300,Lisbon,2023-04-03,",
                nextId() + ",,Ravi," + family + ",active," + lead + ",Finance,CC-300,Lisbon,2024-01-15,",
                nextId() + "," + email("lena", family) + ",Lena," + family + ",active," + lead + ",Finance,CC-310,Porto,2024-02-19,",
                "");

        String runId = upload(hrAdmin.token(), connection, csv);
        JsonObject waiting = awaitRun(runId, "awaiting_confirmation");
        assertEquals(2, counts(waiting).getInt("creates"), waiting::toString);
        assertEquals(1, counts(waiting).getInt("skipped"), waiting::toString);
        assertTrue(str(waiting, "note") != null && str(waiting, "note").contains("skipped"), waiting::toString);

        List<JsonObject> issues = elements(api.get(RUNS + "/" + runId + "/issues", hrAdmin.token()));
        assertEquals(1, issues.size(), issues::toString);
        JsonObject issue = issues.get(0);
        assertEquals("skipped", issue.getString("kind"), issue::toString);
        assertEquals("line 3", issue.getString("reference"), issue::toString);
        assertTrue(issue.getString("detail").contains("email"), issue::toString);

        assertTrue(people(family).isEmpty(), () -> "the valid rows wait for confirmation too: " + people(family));

        Api.Reply confirmed = api.post(RUNS + "/" + runId + "/confirm", hrAdmin.token(), null);
        assertEquals(202, confirmed.status(), confirmed::toString);
        JsonObject done = awaitRun(runId, "succeeded");
        assertEquals(2, progress(done).getInt("applied"), done::toString);
        assertEquals(Set.of("Noor " + family, "Lena " + family), personIds(family).keySet(), "exactly the valid rows");
    }

    @Test
    void csvUploadSaysWhichRowsHoldSpreadsheetFormulasAndLeavesThemOut() throws Exception {
        setUp();
        String family = family();
        String connection = csvConnection(hrAdmin.token(), "HR export " + family);
        String csv = String.join("\n",
                CSV_HEADER,
                nextId() + "," + email("olga", family) + ",Olga," + family + ",active,,Finance,-5,Lisbon,2023-04-03,",
                nextId() + "," + email("piet", family) + ",Piet," + family + ",active,,\"=HYPERLINK(\"\"http://evil.example\"\")\",CC-1,Porto,,",
                "");

        String runId = upload(hrAdmin.token(), connection, csv);
        JsonObject waiting = awaitRun(runId, "awaiting_confirmation");
        assertEquals(1, counts(waiting).getInt("creates"), waiting::toString);
        assertEquals(1, counts(waiting).getInt("skipped"), waiting::toString);
        List<JsonObject> issues = elements(api.get(RUNS + "/" + runId + "/issues", hrAdmin.token()));
        assertEquals(1, issues.size(), issues::toString);
        assertEquals("line 3", issues.get(0).getString("reference"), issues::toString);
        assertTrue(issues.get(0).getString("detail").contains("department") && issues.get(0).getString("detail").contains("formula"),
                issues::toString);
        assertFalse(issues.toString().contains("evil.example"), "the cell is not echoed");
    }

    @Test
    void credentialsAreNeverReturned() throws Exception {
        setUp();
        String family = family();
        FakeCompany company = new FakeCompany();
        company.serve(staff(family).subList(0, 1));
        JsonObject names = obj("apiKey", "set", "baseUrl", "set", "companyDomain", "set");

        Api.Reply created = api.post(CONNECTIONS, hrAdmin.token(), bambooBody(company, "BambooHR secret " + family).toString());
        assertEquals(201, created.status(), created::toString);
        String connection = created.json().getString("id");
        String location = created.header("Location");
        assertTrue(location != null && location.endsWith(CONNECTIONS + "/" + connection), created::toString);
        assertEquals(names, created.json().getJsonObject("settings"), created::toString);
        assertFalse(created.body().contains(company.apiKey), created::toString);

        Api.Reply read = api.get(CONNECTIONS + "/" + connection, hrAdmin.token());
        assertEquals(200, read.status(), read::toString);
        assertEquals(names, read.json().getJsonObject("settings"), read::toString);
        assertFalse(read.body().contains(company.apiKey), read::toString);
        Api.Reply list = api.get(CONNECTIONS, itAdmin.token());
        assertEquals(200, list.status(), list::toString);
        assertTrue(list.body().contains(connection), list::toString);
        assertFalse(list.body().contains(company.apiKey), list::toString);

        // Replaced without settings: the stored ones are kept, still unreadable...
        Api.Reply replaced = api.put(CONNECTIONS + "/" + connection, hrAdmin.token(),
                obj("connector", "bamboohr", "label", "BambooHR renamed " + family).toString());
        assertEquals(200, replaced.status(), replaced::toString);
        assertEquals("BambooHR renamed " + family, replaced.json().getString("label"), replaced::toString);
        assertEquals(names, replaced.json().getJsonObject("settings"), replaced::toString);
        assertFalse(replaced.body().contains(company.apiKey), replaced::toString);

        // ...and still work: the fake answers only Basic auth with that key.
        String runId = startRun(connection, true);
        JsonObject run = awaitRun(runId, "planned");
        assertFalse(run.toString().contains(company.apiKey), run::toString);
        assertFalse(api.get(RUNS + "/" + runId + "/changes", hrAdmin.token()).body().contains(company.apiKey));
    }

    @Test
    void anotherTenantCannotSeeOrTouchConnectionsOrRuns() throws Exception {
        setUp();
        String family = family();
        String label = "HR export " + family;
        String connection = csvConnection(hrAdmin.token(), label);
        // A run that waits for confirmation: confirm and cancel would work for this tenant's admins.
        String csv = String.join("\n", CSV_HEADER,
                nextId() + "," + email("olga", family) + ",Olga," + family + ",active,,Legal,CC-500,Vienna,2022-05-02,",
                nextId() + ",not-an-address,Piet," + family + ",active,,Legal,CC-500,Vienna,2022-05-02,",
                "");
        String runId = upload(hrAdmin.token(), connection, csv);
        awaitRun(runId, "awaiting_confirmation");

        String slugB = Tenants.uniqueSlug("hrsync-b");
        tenants.provision(slugB);
        Person other = person(api, tenants, slugB, "bert", "hr-admin");
        String t = other.token();
        String theirs = csvConnection(t, "Their export " + family);

        String c = CONNECTIONS + "/" + connection;
        assertProblem(api.get(c, t), 404, "GET another tenant's connection");
        assertProblem(api.put(c, t, obj("connector", "csv", "label", "Taken over").toString()), 404, "PUT another tenant's connection");
        assertProblem(api.delete(c, t), 404, "DELETE another tenant's connection");
        assertProblem(api.post(c + "/runs", t, obj("mode", "full").toString()), 404, "start a run of another tenant's connection");
        assertProblem(api.send("POST", c + "/csv", t, csv, "text/csv"), 404, "upload to another tenant's connection");
        String r = RUNS + "/" + runId;
        assertProblem(api.get(r, t), 404, "GET another tenant's run");
        assertProblem(api.get(r + "/changes", t), 404, "another tenant's run's changes");
        assertProblem(api.get(r + "/issues", t), 404, "another tenant's run's issues");
        assertProblem(api.post(r + "/confirm", t, null), 404, "confirm another tenant's run");
        assertProblem(api.post(r + "/cancel", t, null), 404, "cancel another tenant's run");

        List<JsonObject> theirConnections = elements(api.get(CONNECTIONS, t));
        assertTrue(theirConnections.stream().anyMatch(x -> theirs.equals(x.getString("id"))), theirConnections::toString);
        assertTrue(theirConnections.stream().noneMatch(x -> connection.equals(x.getString("id"))), theirConnections::toString);
        Api.Reply theirRuns = api.get(RUNS, t);
        assertEquals(200, theirRuns.status(), theirRuns::toString);
        assertFalse(theirRuns.body().contains(runId) || theirRuns.body().contains(connection), theirRuns::toString);
        assertTrue(elements(api.get(RUNS + "?connection=" + connection, t)).isEmpty(), "no runs of another tenant's connection");

        // Untouched in its own tenant, where the run can still be cancelled.
        Api.Reply mine = api.get(c, hrAdmin.token());
        assertEquals(200, mine.status(), mine::toString);
        assertEquals(label, mine.json().getString("label"), mine::toString);
        JsonObject still = run(runId);
        assertEquals("awaiting_confirmation", still.getString("status"), still::toString);
        assertNull(str(still, "confirmedBy"), still::toString);
        assertTrue(people(family).isEmpty(), () -> "nothing was applied: " + people(family));
        Api.Reply cancelled = api.post(r + "/cancel", hrAdmin.token(), null);
        assertEquals(200, cancelled.status(), cancelled::toString);
        assertEquals("cancelled", cancelled.json().getString("status"), cancelled::toString);
    }

    @Test
    void employeesCannotUseTheSyncApi() throws Exception {
        setUp();
        String label = "Employee's export " + family();
        assertProblem(api.get(CONNECTIONS, employee.token()), 403, "an employee lists HR connections");
        assertProblem(api.post(CONNECTIONS, employee.token(), obj("connector", "csv", "label", label).toString()), 403,
                "an employee creates an HR connection");
        assertProblem(api.get(RUNS, employee.token()), 403, "an employee lists sync runs");
        Api.Reply list = api.get(CONNECTIONS, hrAdmin.token());
        assertEquals(200, list.status(), list::toString);
        assertFalse(list.body().contains(label), list::toString);
    }

    @Test
    void badInputIsRefusedWithProblemDetails() throws Exception {
        setUp();
        String tag = family();
        Set<String> before = connectionIds();
        FakeCompany company = new FakeCompany();

        Api.Reply unknown = api.post(CONNECTIONS, hrAdmin.token(), obj("connector", "bamboo", "label", "Unknown " + tag,
                "settings", obj("apiKey", company.apiKey)).toString());
        assertFieldError(unknown, "connector", "an unknown connector");
        assertTrue(errorMessages(unknown, "connector").contains("bamboohr"), () -> "the known connectors are named: " + unknown);

        JsonObject settings = obj("baseUrl", "http://127.0.0.1:" + bamboo.port(), "companyDomain", company.domain);
        Api.Reply missing = api.post(CONNECTIONS, hrAdmin.token(),
                obj("connector", "bamboohr", "label", "Missing key " + tag, "settings", settings).toString());
        assertFieldError(missing, "settings.apiKey", "a missing required setting");
        assertEquals(Set.of("settings.apiKey"), errorFields(missing), missing::toString);

        Api.Reply several = api.post(CONNECTIONS, hrAdmin.token(), obj("connector", "bamboohr", "label", " ",
                "settings", obj("baseUrl", "http://127.0.0.1:" + bamboo.port(), "companyDomain", company.domain, "apiKey", company.apiKey),
                "scheduleMinutes", 5, "maxDeactivateShare", 1.5).toString());
        assertProblem(several, 400, "several invalid fields");
        assertEquals(Set.of("label", "scheduleMinutes", "maxDeactivateShare"), errorFields(several), several::toString);

        assertProblem(api.get(CONNECTIONS + "/not-a-uuid", hrAdmin.token()), 404, "GET a malformed connection id");
        assertProblem(api.put(CONNECTIONS + "/not-a-uuid", hrAdmin.token(), obj("connector", "csv", "label", "X " + tag).toString()),
                404, "PUT a malformed connection id");
        assertProblem(api.delete(CONNECTIONS + "/not-a-uuid", hrAdmin.token()), 404, "DELETE a malformed connection id");
        assertProblem(api.post(CONNECTIONS + "/not-a-uuid/runs", hrAdmin.token(), obj("mode", "full").toString()), 404,
                "a run of a malformed connection id");
        assertProblem(api.get(RUNS + "/12345", hrAdmin.token()), 404, "GET a malformed run id");
        assertProblem(api.post(RUNS + "/12345/confirm", hrAdmin.token(), null), 404, "confirm a malformed run id");
        assertFieldError(api.get(RUNS + "?connection=not-a-uuid", hrAdmin.token()), "connection", "a malformed connection filter");
        assertFieldError(api.post(CONNECTIONS + "/" + java.util.UUID.randomUUID() + "/runs", hrAdmin.token(),
                obj("mode", "sometimes").toString()), "mode", "an unknown run mode");

        assertEquals(before, connectionIds(), "nothing was created");
        Api.Reply list = api.get(CONNECTIONS, hrAdmin.token());
        assertFalse(list.body().contains(tag), list::toString);
    }

    // ---- the app's API ----

    private static JsonObject bambooBody(FakeCompany company, String label) {
        return obj("connector", "bamboohr", "label", label, "settings",
                obj("baseUrl", "http://127.0.0.1:" + bamboo.port(), "companyDomain", company.domain, "apiKey", company.apiKey));
    }

    private String bambooConnection(FakeCompany company, String label) {
        Api.Reply r = api.post(CONNECTIONS, hrAdmin.token(), bambooBody(company, label).toString());
        assertEquals(201, r.status(), r::toString);
        assertEquals("bamboohr", r.json().getString("connector"), r::toString);
        assertEquals(0.1, r.json().getJsonNumber("maxDeactivateShare").doubleValue(), 1e-9, r::toString);
        return r.json().getString("id");
    }

    private String csvConnection(String token, String label) {
        Api.Reply r = api.post(CONNECTIONS, token, obj("connector", "csv", "label", label).toString());
        assertEquals(201, r.status(), r::toString);
        return r.json().getString("id");
    }

    private Set<String> connectionIds() {
        return elements(api.get(CONNECTIONS, hrAdmin.token())).stream().map(c -> c.getString("id")).collect(toSet());
    }

    /** Starts a full run; the reply is 202 with the run fetching and Location pointing at it. */
    private String startRun(String connection, boolean dryRun) {
        Api.Reply r = api.post(CONNECTIONS + "/" + connection + "/runs", hrAdmin.token(), obj("mode", "full", "dryRun", dryRun).toString());
        assertEquals(202, r.status(), r::toString);
        JsonObject run = r.json();
        String id = run.getString("id");
        assertTrue(r.header("Location") != null && r.header("Location").endsWith(RUNS + "/" + id), r::toString);
        assertEquals("fetching", run.getString("status"), r::toString);
        assertEquals(connection, run.getString("connectionId"), r::toString);
        assertEquals(dryRun, run.getBoolean("dryRun"), r::toString);
        assertEquals(hrAdmin.username, run.getString("triggeredBy"), r::toString);
        return id;
    }

    private String upload(String token, String connection, String csv) {
        Api.Reply r = api.send("POST", CONNECTIONS + "/" + connection + "/csv", token, csv, "text/csv");
        assertEquals(202, r.status(), r::toString);
        assertEquals("full", r.json().getString("mode"), r::toString);
        return r.json().getString("id");
    }

    private JsonObject run(String runId) {
        Api.Reply r = api.get(RUNS + "/" + runId, hrAdmin.token());
        assertEquals(200, r.status(), r::toString);
        return r.json();
    }

    /** Waits until the run no longer fetches or applies, and checks where it stopped. */
    private JsonObject awaitRun(String runId, String expected) {
        Api.Reply r = Api.poll(() -> api.get(RUNS + "/" + runId, hrAdmin.token()),
                reply -> reply.status() != 200 || !WORKING.contains(reply.json().getString("status")),
                RUN_TIMEOUT, "sync run " + runId + " to stop fetching and applying");
        assertEquals(200, r.status(), r::toString);
        assertEquals(expected, r.json().getString("status"), r::toString);
        return r.json();
    }

    private static JsonObject counts(JsonObject run) {
        return run.getJsonObject("counts");
    }

    private static JsonObject progress(JsonObject run) {
        return run.getJsonObject("progress");
    }

    private List<JsonObject> changes(String runId) {
        return elements(api.get(RUNS + "/" + runId + "/changes?limit=500", hrAdmin.token()));
    }

    private static JsonObject changeFor(List<JsonObject> changes, String externalId) {
        return changes.stream().filter(c -> externalId.equals(c.getString("externalId"))).findFirst()
                .orElseThrow(() -> new AssertionError("no change for " + externalId + " in " + changes));
    }

    private static JsonObject attribute(JsonObject change, String attribute) {
        return objects(change.getJsonArray("changes")).stream().filter(a -> attribute.equals(a.getString("attribute"))).findFirst()
                .orElse(null);
    }

    /** The new value a change proposes for an attribute, as text; null when the change does not set it. */
    private static String proposed(JsonObject change, String attribute) {
        JsonObject a = attribute(change, attribute);
        JsonValue to = a == null ? null : a.get("to");
        if (to == null || to.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        return to instanceof JsonString s ? s.getString() : to.toString();
    }

    private static Set<String> errorFields(Api.Reply r) {
        return objects(r.json().getJsonArray("errors")).stream().map(e -> str(e, "field")).collect(toSet());
    }

    private static String errorMessages(Api.Reply r, String field) {
        return String.join(" ", objects(r.json().getJsonArray("errors")).stream().filter(e -> field.equals(str(e, "field")))
                .map(e -> str(e, "message")).toList());
    }

    /** Active people whose shown name contains the family name, as an employee finds them. */
    private List<JsonObject> people(String family) {
        return elements(api.get(PEOPLE + "?q=" + family + "&limit=50", employee.token()));
    }

    /** Shown name → person id of the active people of a family. */
    private Map<String, String> personIds(String family) {
        return people(family).stream().collect(toMap(p -> p.getString("displayName"), p -> p.getString("id")));
    }

    private JsonObject scimUser(String personId) {
        Api.Reply r = Scim.bearer(api, itAdmin.token()).get("/Users/" + personId);
        assertEquals(200, r.status(), r::toString);
        return r.json();
    }

    private static JsonObject enterprise(JsonObject user) {
        JsonObject enterprise = user.getJsonObject(Scim.ENTERPRISE);
        assertNotNull(enterprise, () -> "the enterprise extension of " + user);
        return enterprise;
    }

    // ---- test data ----

    /** A family name no other test uses, so a people search finds exactly one test's people. */
    private static String family() {
        String tag = letters(8);
        return Character.toUpperCase(tag.charAt(0)) + tag.substring(1);
    }

    private static String nextId() {
        return Integer.toString(NEXT_EMPLOYEE_ID.incrementAndGet());
    }

    private static String email(String first, String family) {
        return first + "." + family.toLowerCase() + "@acme.example";
    }

    /** Five employees of one family: a lead, a report of hers, and three more; one without a hire date. */
    private static List<Employee> staff(String family) {
        String lead = nextId();
        return List.of(
                new Employee(lead, email("amara", family), "Amara", family, null, "Engineering", "Europe", "Lisbon", "2019-02-04"),
                new Employee(nextId(), email("tomas", family), "Tomas", family, lead, "Engineering", "Europe", "Lisbon", "2021-09-13"),
                new Employee(nextId(), email("priya", family), "Priya", family, null, "Sales", "North America", "Toronto", "2020-06-01"),
                new Employee(nextId(), email("jonas", family), "Jonas", family, null, "People", "Europe", "Berlin", "2022-03-14"),
                new Employee(nextId(), email("keiko", family), "Keiko", family, null, "Finance", "Asia Pacific", "Tokyo", "0000-00-00"));
    }

    private static Set<String> displayNames(List<Employee> employees) {
        return employees.stream().map(Employee::displayName).collect(toSet());
    }

    /** One row of BambooHR's custom report, with values as BambooHR sends them: text, and null for no supervisor. */
    private record Employee(String id, String workEmail, String firstName, String lastName, String supervisorEId,
                            String department, String division, String location, String hireDate) {

        Employee withDepartment(String newDepartment) {
            return new Employee(id, workEmail, firstName, lastName, supervisorEId, newDepartment, division, location, hireDate);
        }

        String displayName() {
            return firstName + " " + lastName;
        }
    }

    /**
     * One company's BambooHR on the shared fake: its own subdomain path and API key. Requests with
     * the wrong credentials get BambooHR's 401; the right ones get whatever the test serves now.
     */
    private static final class FakeCompany {
        final String domain = "acme-" + letters(8);
        final String apiKey = apiKey();
        private StubMapping current;

        FakeCompany() {
            bamboo.stubFor(post(urlPathEqualTo(path())).atPriority(10).willReturn(aResponse().withStatus(401)
                    .withHeader("X-BambooHR-Error-Message", "Invalid API key")));
        }

        String path() {
            return "/api/gateway.php/" + domain + "/v1/reports/custom";
        }

        /** The custom report as BambooHR documents it: its title, the fields it holds, one object per employee. */
        void serve(List<Employee> employees) {
            replace(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(report(employees)));
        }

        /** BambooHR down: every report request answers 503. */
        void unavailable() {
            replace(aResponse().withStatus(503).withHeader("Content-Type", "text/html")
                    .withBody("<html><body><h1>503 Service Unavailable</h1></body></html>"));
        }

        int requests() {
            return bamboo.findAll(postRequestedFor(urlPathEqualTo(path()))).size();
        }

        private synchronized void replace(ResponseDefinitionBuilder response) {
            if (current != null) {
                bamboo.removeStub(current);
            }
            current = bamboo.stubFor(post(urlPathEqualTo(path()))
                    .withQueryParam("format", equalToIgnoreCase("json"))
                    .withBasicAuth(apiKey, "x")
                    .withHeader("Accept", equalTo("application/json"))
                    .withHeader("Content-Type", equalTo("application/json"))
                    .withRequestBody(containing("\"workEmail\""))
                    .withRequestBody(containing("\"supervisorEId\""))
                    .willReturn(response));
        }

        private static String report(List<Employee> employees) {
            String[][] described = {{"id", "int", "EEID"}, {"workEmail", "email", "Work Email"}, {"firstName", "text", "First Name"},
                    {"lastName", "text", "Last Name"}, {"status", "status", "Status"}, {"supervisorEId", "int", "Supervisor EEID"},
                    {"department", "list", "Department"}, {"division", "list", "Division"}, {"location", "list", "Location"},
                    {"hireDate", "date", "Hire Date"}};
            JsonArrayBuilder fields = Json.createArrayBuilder();
            for (String[] field : described) {
                fields.add(Json.createObjectBuilder().add("id", field[0]).add("type", field[1]).add("name", field[2]));
            }
            JsonArrayBuilder rows = Json.createArrayBuilder();
            for (Employee e : employees) {
                JsonObjectBuilder row = Json.createObjectBuilder()
                        .add("id", e.id())
                        .add("workEmail", e.workEmail())
                        .add("firstName", e.firstName())
                        .add("lastName", e.lastName())
                        .add("status", "Active")
                        .add("department", e.department())
                        .add("division", e.division())
                        .add("location", e.location())
                        .add("hireDate", e.hireDate());
                if (e.supervisorEId() == null) {
                    row.addNull("supervisorEId");
                } else {
                    row.add("supervisorEId", e.supervisorEId());
                }
                rows.add(row);
            }
            return Json.createObjectBuilder().add("title", "HugMeNow directory sync").add("fields", fields).add("employees", rows)
                    .build().toString();
        }

        /** BambooHR API keys are 40 hex digits. */
        private static String apiKey() {
            byte[] key = new byte[20];
            RANDOM.nextBytes(key);
            return HexFormat.of().formatHex(key);
        }
    }
}
