package org.hugmenow.hr.connector.successfactors;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hugmenow.hr.connector.HrConnectorContract;
import org.hugmenow.hr.connector.spi.HrConnectorFactory;
import org.hugmenow.hr.connector.spi.HrEmployee;

/**
 * SuccessFactors OData v2 as it answers: {@code /odata/v2/User} in pages of 100 linked by absolute
 * {@code __next} links with a {@code $skiptoken}, HTTP Basic as {@code user@companyId}, OData errors.
 */
class SuccessFactorsConnectorTest extends HrConnectorContract {

    static final String USERS = "/odata/v2/User";
    static final String COMPANY = "ACME123";
    static final String USER = "hugmenow_api";
    static final String PASSWORD = "sf-S3cret!";
    static final int PAGE = 100;

    @Override
    protected HrConnectorFactory factory() {
        return new SuccessFactorsConnectorFactory();
    }

    @Override
    protected Map<String, String> settings(String baseUrl) {
        return Map.of("baseUrl", baseUrl, "companyId", COMPANY, "username", USER, "password", PASSWORD);
    }

    @Override
    protected void serve(Fake fake) {
        server.stubFor(any(urlPathEqualTo(USERS)).atPriority(10).willReturn(delayed(fake, error(401, "LGN0011",
                "[LGN0011]Invalid username or password"))));
        if (fake.refuseCredentials()) {
            return;
        }
        // With the right credentials but a query the fake does not know: what the API says of a bad query.
        server.stubFor(any(urlPathEqualTo(USERS)).withBasicAuth(USER + "@" + COMPANY, PASSWORD).atPriority(5)
                .willReturn(error(400, "COE_GENERAL_BAD_REQUEST", "[COE0019]Unsupported query")));

        List<JsonObject> users = new ArrayList<>();
        fake.employees().forEach(employee -> users.add(user(employee)));
        if (fake.oddRecord()) {
            users.add(PAGE + PAGE / 2, Json.createObjectBuilder().addNull("userId").addNull("email").add("firstName", "Pending")
                    .add("status", "t").add("hireDate", "/Date(1577836800000)/").build());
        }
        int pages = (users.size() + PAGE - 1) / PAGE;
        for (int page = 0; page < pages; page++) {
            JsonArrayBuilder results = Json.createArrayBuilder();
            users.subList(page * PAGE, Math.min(users.size(), (page + 1) * PAGE)).forEach(results::add);
            JsonObjectBuilder d = Json.createObjectBuilder().add("results", results);
            if (page + 1 < pages) {
                d.add("__next", server.baseUrl() + USERS + "?$format=json&$select=userId,email&$skiptoken=" + token(page + 1));
            }
            ResponseDefinitionBuilder ok = delayed(fake, aResponse().withStatus(200).withHeader("Content-Type", "application/json;charset=utf-8")
                    .withBody(Json.createObjectBuilder().add("d", d).build().toString()));
            if (page == 1 && (fake.rateLimitOnce() || fake.serverErrorOnce())) {
                ResponseDefinitionBuilder fault = fake.rateLimitOnce()
                        ? aResponse().withStatus(429).withHeader("Retry-After", "2")
                        : error(503, "SERVICE_UNAVAILABLE", "The SuccessFactors HCM suite is currently undergoing scheduled maintenance");
                server.stubFor(page(page).inScenario("fault").whenScenarioStateIs(Scenario.STARTED)
                        .willSetStateTo("recovered").willReturn(delayed(fake, fault)));
                server.stubFor(page(page).inScenario("fault").whenScenarioStateIs("recovered").willReturn(ok));
            } else {
                server.stubFor(page(page).willReturn(ok));
            }
        }
    }

    private static String token(int page) {
        return "eyJwYWdlIjo" + page + "fQ";
    }

    /** The first page answers the connector's documented query; later ones only their skiptoken. */
    private static MappingBuilder page(int page) {
        MappingBuilder request = get(urlPathEqualTo(USERS)).withQueryParam("$format", equalTo("json"))
                .withBasicAuth(USER + "@" + COMPANY, PASSWORD).atPriority(1);
        if (page > 0) {
            return request.withQueryParam("$skiptoken", equalTo(token(page)));
        }
        return request.withQueryParam("$skiptoken", absent())
                .withQueryParam("$expand", matching("(?=.*\\bmanager\\b)(?=.*\\bempInfo/jobInfoNav\\b).*"))
                .withQueryParam("$select", containing("empInfo/jobInfoNav/costCenter"))
                .withQueryParam("$filter", containing("'f'"))
                .withQueryParam("$top", absent());
    }

    private static ResponseDefinitionBuilder delayed(Fake fake, ResponseDefinitionBuilder response) {
        return fake.delay().isZero() ? response : response.withFixedDelay((int) fake.delay().toMillis());
    }

    /** {@code {"error":{"code":..,"message":{"lang":"en-US","value":..}}}} */
    private static ResponseDefinitionBuilder error(int status, String code, String message) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json;charset=utf-8")
                .withBody(Json.createObjectBuilder().add("error", Json.createObjectBuilder().add("code", code)
                        .add("message", Json.createObjectBuilder().add("lang", "en-US").add("value", message))).build().toString());
    }

    /** One {@code User} entry as $select/$expand return it, alternating the two date spellings. */
    private JsonObject user(HrEmployee employee) {
        String id = employee.externalId();
        JsonObjectBuilder user = Json.createObjectBuilder()
                .add("__metadata", metadata("User('" + id + "')", "SFOData.User"));
        put(user, "userId", id);
        put(user, "email", employee.email());
        put(user, "firstName", employee.firstName());
        put(user, "lastName", employee.lastName());
        put(user, "status", employee.active() ? "t" : "f");
        put(user, "department", employee.department());
        put(user, "location", employee.location());
        if (employee.startDate() == null) {
            user.addNull("hireDate");
        } else {
            long millis = employee.startDate().atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
            user.add("hireDate", "/Date(" + millis + (Integer.parseInt(id.substring(1)) % 2 == 0 ? "+0000" : "") + ")/");
        }
        if (employee.managerExternalId() == null) {
            user.addNull("manager");
        } else {
            user.add("manager", Json.createObjectBuilder()
                    .add("__metadata", metadata("User('" + employee.managerExternalId() + "')", "SFOData.User"))
                    .add("userId", employee.managerExternalId()));
        }
        JsonObjectBuilder job = Json.createObjectBuilder()
                .add("__metadata", metadata("EmpJob(seqNumber=1L,startDate=datetime'2020-01-01T00:00:00',userId='" + id + "')", "SFOData.EmpJob"));
        put(job, "costCenter", employee.costCenter());
        user.add("empInfo", Json.createObjectBuilder()
                .add("__metadata", metadata("EmpEmployment(personIdExternal='" + id + "',userId='" + id + "')", "SFOData.EmpEmployment"))
                .add("jobInfoNav", Json.createObjectBuilder().add("results", Json.createArrayBuilder().add(job))));
        return user.build();
    }

    private JsonObjectBuilder metadata(String key, String type) {
        return Json.createObjectBuilder().add("uri", server.baseUrl() + "/odata/v2/" + key).add("type", type);
    }

    private static void put(JsonObjectBuilder entry, String property, String value) {
        if (value == null) {
            entry.addNull(property);
        } else {
            entry.add(property, value);
        }
    }
}
