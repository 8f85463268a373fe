package org.hugmenow.hr.connector.hibob;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.Map;
import org.hugmenow.hr.connector.HrConnectorContract;
import org.hugmenow.hr.connector.spi.HrConnectorFactory;
import org.hugmenow.hr.connector.spi.HrEmployee;

/**
 * Bob's people search, faked: one POST /v1/people/search (not paged) with a service user's Basic auth, answering
 * machine values plus the appended {@code humanReadable} copy (list fields such as the department as item ids,
 * their names only in the human-readable copy).
 */
class HiBobConnectorTest extends HrConnectorContract {

    private static final String SERVICE_USER = "SERVICE-4711";
    private static final String TOKEN = "bob-service-token";
    private static final String SEARCH = "/v1/people/search";
    private static final String COST_CENTER_FIELD = "work.custom.field_1690000000000";

    @Override
    protected HrConnectorFactory factory() {
        return new HiBobConnectorFactory();
    }

    @Override
    protected Map<String, String> settings(String baseUrl) {
        return Map.of("baseUrl", baseUrl, "serviceUserId", SERVICE_USER, "serviceUserToken", TOKEN,
                "costCenterField", COST_CENTER_FIELD);
    }

    @Override
    protected void serve(Fake fake) {
        server.stubFor(post(urlPathEqualTo(SEARCH)).atPriority(10).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":\"Unauthorized\",\"message\":\"Invalid service user credentials\"}")));
        if (fake.refuseCredentials()) {
            return;
        }
        ResponseDefinitionBuilder people = json(fake, people(fake));
        if (fake.rateLimitOnce() || fake.serverErrorOnce()) {
            ResponseDefinitionBuilder fault = fake.rateLimitOnce()
                    ? aResponse().withStatus(429).withHeader("Retry-After", "2")
                    : aResponse().withStatus(503);
            server.stubFor(searchRequest().inScenario("fault once").whenScenarioStateIs(Scenario.STARTED)
                    .willSetStateTo("recovered").willReturn(fault));
            server.stubFor(searchRequest().inScenario("fault once").whenScenarioStateIs("recovered").willReturn(people));
        } else {
            server.stubFor(searchRequest().willReturn(people));
        }
    }

    private static MappingBuilder searchRequest() {
        return post(urlPathEqualTo(SEARCH))
                .withBasicAuth(SERVICE_USER, TOKEN)
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(matchingJsonPath("$.showInactive", equalTo("true")))
                .withRequestBody(containing("\"" + COST_CENTER_FIELD + "\""))
                .withRequestBody(containing("\"work.reportsTo\""));
    }

    private static ResponseDefinitionBuilder json(Fake fake, String body) {
        ResponseDefinitionBuilder response = aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
        return fake.delay().isZero() ? response : response.withFixedDelay((int) fake.delay().toMillis());
    }

    private static String people(Fake fake) {
        JsonArrayBuilder employees = Json.createArrayBuilder();
        for (HrEmployee e : fake.employees()) {
            employees.add(person(e));
        }
        if (fake.oddRecord()) {
            employees.add(Json.createObjectBuilder().add("firstName", "Nobody").add("surname", "Known")
                    .add("work", Json.createObjectBuilder().add("startDate", "2021-03-01")));
        }
        return Json.createObjectBuilder().add("employees", employees).build().toString();
    }

    private static JsonObjectBuilder person(HrEmployee e) {
        String start = e.startDate().toString();
        JsonObjectBuilder work = Json.createObjectBuilder()
                .add("department", listItemId(e.department()))
                .add("site", e.location())
                .add("startDate", start)
                .add("custom", Json.createObjectBuilder().add("field_1690000000000", listItemId(e.costCenter())));
        if (e.managerExternalId() == null) {
            work.addNull("reportsTo");
        } else {
            work.add("reportsTo", Json.createObjectBuilder().add("id", e.managerExternalId())
                    .add("displayName", "Manager of " + e.externalId()));
        }
        JsonObjectBuilder readable = Json.createObjectBuilder()
                .add("email", e.email())
                .add("work", Json.createObjectBuilder()
                        .add("department", e.department())
                        .add("site", e.location())
                        .add("startDate", e.startDate().getDayOfMonth() + "/" + e.startDate().getMonthValue() + "/" + e.startDate().getYear())
                        .add("custom", Json.createObjectBuilder().add("field_1690000000000", e.costCenter())));
        return Json.createObjectBuilder()
                .add("id", e.externalId())
                .add("email", e.email())
                .add("firstName", e.firstName())
                .add("surname", e.lastName())
                .add("work", work)
                .add("internal", Json.createObjectBuilder()
                        .add("status", e.active() ? "Active" : "Inactive")
                        .add("lifecycleStatus", e.active() ? "employed" : "terminated"))
                .add("humanReadable", readable);
    }

    /** Bob returns list fields (department, custom list fields) as the list item's numeric id. */
    private static String listItemId(String name) {
        return String.valueOf(Math.abs((long) name.hashCode()) + 209_000_000L);
    }
}
