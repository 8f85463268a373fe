package org.hugmenow.hr.connector.personio;

import static org.hugmenow.hr.connector.personio.PersonioConnectorFactory.VENDOR;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.HashSet;
import java.util.Set;
import org.hugmenow.hr.connector.spi.ConnectorFailure;
import org.hugmenow.hr.connector.spi.EmployeeSink;
import org.hugmenow.hr.connector.spi.HrConnector;
import org.hugmenow.hr.connector.spi.HrEmployee;
import org.hugmenow.hr.connector.spi.VendorHttp;

/** One tenant's Personio: authenticates once per fetch, then follows the employee pages to the end. */
final class PersonioConnector implements HrConnector {

    /** Personio's maximum page size for the v1 employees endpoint. */
    static final int LIMIT = 100;
    /** A guard against a server that never reports its last page (one million employees). */
    private static final int MAX_PAGES = 10_000;

    private final VendorHttp http;
    private final String baseUrl;
    private final String clientId;
    private final String clientSecret;

    PersonioConnector(VendorHttp http, String baseUrl, String clientId, String clientSecret) {
        this.http = http;
        this.baseUrl = baseUrl;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
    }

    @Override
    public void fetchAll(EmployeeSink sink) throws ConnectorFailure {
        String authorization = "Bearer " + token();
        Set<String> seen = new HashSet<>();
        int position = 0;
        for (int page = 0; page < MAX_PAGES; page++) {
            int offset = page * LIMIT;
            URI uri = URI.create(baseUrl + "/v1/company/employees?limit=" + LIMIT + "&offset=" + offset);
            JsonObject answer = PersonioRecords.successful(http.json(VENDOR, () -> HttpRequest.newBuilder(uri)
                    .header("Authorization", authorization)
                    .header("Accept", "application/json")
                    .GET()), "employees page");
            JsonArray data = PersonioRecords.employees(answer);
            int repeated = 0;
            for (JsonValue item : data) {
                position++;
                HrEmployee employee = PersonioRecords.read(item, position, sink);
                if (employee != null && seen.add(employee.externalId())) {
                    sink.employee(employee);
                } else if (employee != null) {
                    repeated++;
                    sink.skipped(employee.externalId(), "listed again on a later page");
                }
            }
            if (PersonioRecords.lastPage(answer, data.size(), LIMIT)) {
                return;
            }
            if (repeated == data.size()) {
                throw new ConnectorFailure(ConnectorFailure.Kind.BAD_RESPONSE, VENDOR + " sent the same employees again for offset "
                        + offset + "; its paging cannot be followed");
            }
        }
        throw new ConnectorFailure(ConnectorFailure.Kind.BAD_RESPONSE, VENDOR + " kept sending employee pages past "
                + MAX_PAGES + " pages");
    }

    private String token() throws ConnectorFailure {
        String body = PersonioRecords.authRequest(clientId, clientSecret);
        URI auth = URI.create(baseUrl + "/v1/auth");
        JsonObject answer = PersonioRecords.successful(http.json(VENDOR, () -> HttpRequest.newBuilder(auth)
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))), "authentication");
        return PersonioRecords.token(answer);
    }
}
