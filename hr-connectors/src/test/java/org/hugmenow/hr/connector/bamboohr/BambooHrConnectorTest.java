package org.hugmenow.hr.connector.bamboohr;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToIgnoreCase;
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

/** BambooHR's custom report, faked: one POST answering every employee, Basic auth with the API key and "x". */
class BambooHrConnectorTest extends HrConnectorContract {

    private static final String API_KEY = "bamboo-test-key";
    private static final String REPORT = "/api/gateway.php/acme/v1/reports/custom";

    @Override
    protected HrConnectorFactory factory() {
        return new BambooHrConnectorFactory();
    }

    @Override
    protected Map<String, String> settings(String baseUrl) {
        return Map.of("baseUrl", baseUrl, "companyDomain", "acme", "apiKey", API_KEY);
    }

    @Override
    protected void serve(Fake fake) {
        // BambooHR answers a bad key with 401 and the reason in X-BambooHR-Error-Message.
        server.stubFor(post(urlPathEqualTo(REPORT)).atPriority(10).willReturn(aResponse().withStatus(401)
                .withHeader("X-BambooHR-Error-Message", "Invalid API key")));
        if (fake.refuseCredentials()) {
            return;
        }
        ResponseDefinitionBuilder report = json(fake, report(fake));
        if (fake.rateLimitOnce() || fake.serverErrorOnce()) {
            ResponseDefinitionBuilder fault = fake.rateLimitOnce()
                    ? aResponse().withStatus(429).withHeader("Retry-After", "2")
                    : aResponse().withStatus(503);
            server.stubFor(reportRequest().inScenario("fault once").whenScenarioStateIs(Scenario.STARTED)
                    .willSetStateTo("recovered").willReturn(fault));
            server.stubFor(reportRequest().inScenario("fault once").whenScenarioStateIs("recovered").willReturn(report));
        } else {
            server.stubFor(reportRequest().willReturn(report));
        }
    }

    private static MappingBuilder reportRequest() {
        return post(urlPathEqualTo(REPORT))
                .withQueryParam("format", equalToIgnoreCase("json"))
                .withBasicAuth(API_KEY, "x")
                .withHeader("Accept", equalTo("application/json"))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(containing("\"supervisorEId\""))
                .withRequestBody(containing("\"workEmail\""));
    }

    private static ResponseDefinitionBuilder json(Fake fake, String body) {
        ResponseDefinitionBuilder response = aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
        return fake.delay().isZero() ? response : response.withFixedDelay((int) fake.delay().toMillis());
    }

    /** The documented JSON report: its title, the fields it holds and one object per employee, values as strings. */
    private static String report(Fake fake) {
        JsonArrayBuilder fields = Json.createArrayBuilder();
        String[][] described = {{"id", "int", "EEID"}, {"workEmail", "email", "Work Email"}, {"firstName", "text", "First Name"},
                {"lastName", "text", "Last Name"}, {"status", "status", "Status"}, {"supervisorEId", "int", "Supervisor EEID"},
                {"department", "list", "Department"}, {"division", "list", "Division"}, {"location", "list", "Location"},
                {"hireDate", "date", "Hire Date"}};
        for (String[] field : described) {
            fields.add(Json.createObjectBuilder().add("id", field[0]).add("type", field[1]).add("name", field[2]));
        }
        JsonArrayBuilder employees = Json.createArrayBuilder();
        for (HrEmployee e : fake.employees()) {
            JsonObjectBuilder row = Json.createObjectBuilder()
                    .add("id", e.externalId())
                    .add("workEmail", e.email())
                    .add("firstName", e.firstName())
                    .add("lastName", e.lastName())
                    .add("status", e.active() ? "Active" : "Inactive")
                    .add("department", e.department())
                    .add("division", e.costCenter())
                    .add("location", e.location())
                    .add("hireDate", e.startDate() == null ? "0000-00-00" : e.startDate().toString());
            if (e.managerExternalId() == null) {
                row.addNull("supervisorEId");
            } else {
                row.add("supervisorEId", e.managerExternalId());
            }
            employees.add(row);
        }
        if (fake.oddRecord()) {
            employees.add(Json.createObjectBuilder().add("firstName", "Nobody").add("lastName", "Known").add("status", "Active")
                    .add("hireDate", "0000-00-00"));
        }
        return Json.createObjectBuilder().add("title", "HugMeNow directory sync").add("fields", fields).add("employees", employees)
                .build().toString();
    }
}
