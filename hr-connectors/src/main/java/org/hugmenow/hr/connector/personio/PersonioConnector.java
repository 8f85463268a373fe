package org.hugmenow.hr.connector.personio;

import static org.hugmenow.hr.connector.personio.PersonioConnectorFactory.VENDOR;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URI;
import org.hugmenow.hr.connector.spi.ConnectorFailure;
import org.hugmenow.hr.connector.spi.EmployeeSink;
import org.hugmenow.hr.connector.spi.HrConnector;
import org.hugmenow.hr.connector.spi.JsonRequests;
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
        PersonioRecords records = new PersonioRecords();
        for (int page = 0; page < MAX_PAGES; page++) {
            int offset = page * LIMIT;
            URI uri = URI.create(baseUrl + "/v1/company/employees?limit=" + LIMIT + "&offset=" + offset);
            JsonObject answer = PersonioRecords.successful(http.json(VENDOR, JsonRequests.get(uri, authorization)), "employees page");
            JsonArray data = PersonioRecords.employees(answer);
            int repeated = records.read(data, sink);
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
        JsonObject answer = PersonioRecords.successful(http.json(VENDOR, JsonRequests.post(auth, null, body)), "authentication");
        return PersonioRecords.token(answer);
    }
}
