package org.hugmenow.hr.connector.workday;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Map;
import org.hugmenow.hr.connector.HrConnectorContract;
import org.hugmenow.hr.connector.spi.HrConnectorFactory;
import org.hugmenow.hr.connector.spi.HrEmployee;

/** Workday RaaS as it answers: one GET of the report with {@code format=json}, HTTP Basic for the ISU, no paging. */
class WorkdayConnectorTest extends HrConnectorContract {

    static final String REPORT = "/ccx/service/customreport2/acme/ISU_HugMeNow/HugMeNow_Workers";
    static final String USER = "ISU_HugMeNow";
    static final String PASSWORD = "wd-S3cret!";

    @Override
    protected HrConnectorFactory factory() {
        return new WorkdayConnectorFactory();
    }

    @Override
    protected Map<String, String> settings(String baseUrl) {
        return Map.of("reportUrl", baseUrl + REPORT, "username", USER, "password", PASSWORD);
    }

    @Override
    protected void serve(Fake fake) {
        // Anything not carrying the ISU's credentials (or all requests, when credentials are refused).
        server.stubFor(any(urlPathEqualTo(REPORT)).atPriority(10).willReturn(delayed(fake, aResponse().withStatus(401)
                .withHeader("WWW-Authenticate", "Basic realm=\"Workday\"")
                .withHeader("Content-Type", "application/json")
                .withBody(Json.createObjectBuilder().add("error", "invalid username or password").build().toString()))));
        if (fake.refuseCredentials()) {
            return;
        }
        ResponseDefinitionBuilder report = delayed(fake, aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json;charset=UTF-8").withBody(report(fake).toString()));
        ResponseDefinitionBuilder fault = fake.rateLimitOnce()
                ? aResponse().withStatus(429).withHeader("Retry-After", "2")
                : aResponse().withStatus(503).withHeader("Content-Type", "text/html").withBody("<html><body>Service Unavailable</body></html>");
        if (fake.rateLimitOnce() || fake.serverErrorOnce()) {
            server.stubFor(reportRequest().inScenario("fault").whenScenarioStateIs(Scenario.STARTED)
                    .willSetStateTo("recovered").willReturn(delayed(fake, fault)));
            server.stubFor(reportRequest().inScenario("fault").whenScenarioStateIs("recovered").willReturn(report));
        } else {
            server.stubFor(reportRequest().willReturn(report));
        }
    }

    private static MappingBuilder reportRequest() {
        return get(urlPathEqualTo(REPORT)).withQueryParam("format", equalTo("json")).withBasicAuth(USER, PASSWORD).atPriority(1);
    }

    private static ResponseDefinitionBuilder delayed(Fake fake, ResponseDefinitionBuilder response) {
        return fake.delay().isZero() ? response : response.withFixedDelay((int) fake.delay().toMillis());
    }

    /** {@code {"Report_Entry":[...]}}, with empty columns left out as RaaS does. */
    private static JsonObject report(Fake fake) {
        JsonArrayBuilder entries = Json.createArrayBuilder();
        for (HrEmployee employee : fake.employees()) {
            JsonObjectBuilder entry = Json.createObjectBuilder();
            put(entry, "Employee_ID", employee.externalId());
            put(entry, "Email_Address", employee.email());
            put(entry, "First_Name", employee.firstName());
            put(entry, "Last_Name", employee.lastName());
            put(entry, "Active", employee.active() ? "1" : "0");
            put(entry, "Manager_Employee_ID", employee.managerExternalId());
            put(entry, "Cost_Center", employee.costCenter());
            put(entry, "Supervisory_Organization", employee.department());
            put(entry, "Location", employee.location());
            put(entry, "Hire_Date", employee.startDate() == null ? null : employee.startDate().toString());
            entries.add(entry);
        }
        if (fake.oddRecord()) {
            entries.add(Json.createObjectBuilder().add("First_Name", "Pending").add("Last_Name", "Hire").add("Active", "1")
                    .add("Hire_Date", "2024-02-30"));
        }
        return Json.createObjectBuilder().add("Report_Entry", entries).build();
    }

    private static void put(JsonObjectBuilder entry, String column, String value) {
        if (value != null) {
            entry.add(column, value);
        }
    }
}
