package org.hugmenow.hr.connector.hibob;

import static org.hugmenow.hr.connector.hibob.HiBobConnectorFactory.VENDOR;

import jakarta.json.JsonValue;
import java.net.URI;
import java.net.http.HttpRequest;
import org.hugmenow.hr.connector.spi.ConnectorFailure;
import org.hugmenow.hr.connector.spi.EmployeeSink;
import org.hugmenow.hr.connector.spi.HrConnector;
import org.hugmenow.hr.connector.spi.VendorHttp;

/** One tenant's Bob: a single people search, inactive employees included. */
final class HiBobConnector implements HrConnector {

    private final VendorHttp http;
    private final URI search;
    private final String authorization;
    private final HiBobRecords records;

    HiBobConnector(VendorHttp http, URI search, String authorization, HiBobRecords records) {
        this.http = http;
        this.search = search;
        this.authorization = authorization;
        this.records = records;
    }

    @Override
    public void fetchAll(EmployeeSink sink) throws ConnectorFailure {
        String body = records.searchRequest();
        int position = 0;
        for (JsonValue item : records.employees(http.json(VENDOR, () -> HttpRequest.newBuilder(search)
                .header("Authorization", authorization)
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))))) {
            position++;
            records.read(item, position, sink);
        }
    }
}
