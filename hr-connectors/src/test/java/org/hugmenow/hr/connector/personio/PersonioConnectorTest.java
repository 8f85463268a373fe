package org.hugmenow.hr.connector.personio;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hugmenow.hr.connector.HrConnectorContract;
import org.hugmenow.hr.connector.spi.HrConnectorFactory;
import org.hugmenow.hr.connector.spi.HrEmployee;

/**
 * Personio's v1 API, faked: {@code POST /v1/auth} trades the client id and secret for a token, and
 * {@code GET /v1/company/employees} serves 100 employees a page ({@code limit}/{@code offset}) with metadata.
 */
class PersonioConnectorTest extends HrConnectorContract {

    private static final String CLIENT_ID = "papi-client-id";
    private static final String CLIENT_SECRET = "papi-client-secret";
    private static final String TOKEN = "papi-test-token";
    private static final String EMPLOYEES_PATH = "/v1/company/employees";
    private static final int LIMIT = 100;
    private static final String WRONG_CREDENTIALS = """
            {"success":false,"error":{"code":0,"message":"Wrong credentials"}}""";
    private static final String NOT_AUTHENTICATED = """
            {"success":false,"error":{"code":0,"message":"The given token is invalid or expired"}}""";

    @Override
    protected HrConnectorFactory factory() {
        return new PersonioConnectorFactory();
    }

    @Override
    protected Map<String, String> settings(String baseUrl) {
        return Map.of("baseUrl", baseUrl, "clientId", CLIENT_ID, "clientSecret", CLIENT_SECRET);
    }

    @Override
    protected void serve(Fake fake) {
        server.stubFor(post(urlPathEqualTo("/v1/auth")).atPriority(10).willReturn(error(WRONG_CREDENTIALS)));
        server.stubFor(get(urlPathEqualTo(EMPLOYEES_PATH)).atPriority(10).willReturn(error(NOT_AUTHENTICATED)));
        if (fake.refuseCredentials()) {
            return;
        }
        server.stubFor(post(urlPathEqualTo("/v1/auth"))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(matchingJsonPath("$.client_id", equalTo(CLIENT_ID)))
                .withRequestBody(matchingJsonPath("$.client_secret", equalTo(CLIENT_SECRET)))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"success\":true,\"data\":{\"token\":\"" + TOKEN + "\"}}")));

        List<JsonObject> records = new ArrayList<>();
        fake.employees().forEach(e -> records.add(employee(e)));
        if (fake.oddRecord()) {
            records.add(Json.createObjectBuilder().add("type", "Employee").add("attributes", Json.createObjectBuilder()
                    .add("first_name", attribute("First name", Json.createValue("Nobody"), "standard", "first_name"))
                    .add("status", attribute("Status", Json.createValue("active"), "standard", "status"))).build());
        }
        int pages = Math.max(1, (records.size() + LIMIT - 1) / LIMIT);
        for (int page = 0; page < pages; page++) {
            ResponseDefinitionBuilder body = json(fake, page(records, page, pages));
            if (page == 1 && (fake.rateLimitOnce() || fake.serverErrorOnce())) {
                ResponseDefinitionBuilder fault = fake.rateLimitOnce()
                        ? aResponse().withStatus(429).withHeader("Retry-After", "2")
                        : aResponse().withStatus(503);
                server.stubFor(pageRequest(page).inScenario("fault once").whenScenarioStateIs(Scenario.STARTED)
                        .willSetStateTo("recovered").willReturn(fault));
                server.stubFor(pageRequest(page).inScenario("fault once").whenScenarioStateIs("recovered").willReturn(body));
            } else {
                server.stubFor(pageRequest(page).willReturn(body));
            }
        }
    }

    private static MappingBuilder pageRequest(int page) {
        return get(urlPathEqualTo(EMPLOYEES_PATH))
                .withQueryParam("limit", equalTo(String.valueOf(LIMIT)))
                .withQueryParam("offset", equalTo(String.valueOf(page * LIMIT)))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN));
    }

    private static ResponseDefinitionBuilder error(String body) {
        return aResponse().withStatus(401).withHeader("Content-Type", "application/json").withBody(body);
    }

    private static ResponseDefinitionBuilder json(Fake fake, String body) {
        ResponseDefinitionBuilder response = aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
        return fake.delay().isZero() ? response : response.withFixedDelay((int) fake.delay().toMillis());
    }

    private static String page(List<JsonObject> records, int page, int pages) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        records.subList(page * LIMIT, Math.min(records.size(), (page + 1) * LIMIT)).forEach(data::add);
        return Json.createObjectBuilder()
                .add("success", true)
                .add("metadata", Json.createObjectBuilder().add("total_elements", records.size()).add("current_page", page)
                        .add("total_pages", pages))
                .add("offset", page * LIMIT)
                .add("limit", LIMIT)
                .add("data", data)
                .build().toString();
    }

    /** One employee as the v1 API lists it; ids are served as strings so the contract's "E150" round-trips. */
    private static JsonObject employee(HrEmployee e) {
        JsonValue supervisor = e.managerExternalId() == null ? JsonValue.NULL : Json.createObjectBuilder()
                .add("type", "Employee")
                .add("attributes", Json.createObjectBuilder()
                        .add("id", attribute("ID", Json.createValue(e.managerExternalId()), "integer", "id")))
                .build();
        JsonObjectBuilder attributes = Json.createObjectBuilder()
                .add("id", attribute("ID", Json.createValue(e.externalId()), "integer", "id"))
                .add("first_name", attribute("First name", Json.createValue(e.firstName()), "standard", "first_name"))
                .add("last_name", attribute("Last name", Json.createValue(e.lastName()), "standard", "last_name"))
                .add("email", attribute("Email", Json.createValue(e.email()), "standard", "email"))
                .add("status", attribute("Status", Json.createValue(e.active() ? "active" : "inactive"), "standard", "status"))
                .add("supervisor", attribute("Supervisor", supervisor, "standard", "supervisor"))
                .add("hire_date", attribute("Hire date", e.startDate() == null ? JsonValue.NULL
                        : Json.createValue(e.startDate() + "T00:00:00+01:00"), "date", "hire_date"))
                .add("office", attribute("Office", named("Office", 131014, e.location()), "standard", "office"))
                .add("department", attribute("Department", named("Department", 281521, e.department()), "standard", "department"))
                .add("cost_centers", attribute("Cost center", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("type", "CostCenter").add("attributes", Json.createObjectBuilder()
                                .add("id", 82957).add("name", e.costCenter()).add("percentage", 100)))
                        .build(), "standard", "cost_centers"));
        return Json.createObjectBuilder().add("type", "Employee").add("attributes", attributes).build();
    }

    private static JsonObject attribute(String label, JsonValue value, String type, String universalId) {
        return Json.createObjectBuilder().add("label", label).add("value", value).add("type", type).add("universal_id", universalId)
                .build();
    }

    private static JsonObject named(String type, int id, String name) {
        return Json.createObjectBuilder().add("type", type).add("attributes", Json.createObjectBuilder().add("id", id).add("name", name))
                .build();
    }
}
