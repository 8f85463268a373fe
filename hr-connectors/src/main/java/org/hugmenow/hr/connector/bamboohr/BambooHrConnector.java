package org.hugmenow.hr.connector.bamboohr;

import static org.hugmenow.hr.connector.bamboohr.BambooHrConnectorFactory.VENDOR;

import jakarta.json.JsonArray;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.http.HttpRequest;
import org.hugmenow.hr.connector.spi.ConnectorFailure;
import org.hugmenow.hr.connector.spi.EmployeeSink;
import org.hugmenow.hr.connector.spi.HrConnector;
import org.hugmenow.hr.connector.spi.VendorHttp;

/** One tenant's BambooHR: a single custom report request that lists every employee. */
final class BambooHrConnector implements HrConnector {

    private final VendorHttp http;
    private final URI report;
    private final String authorization;

    BambooHrConnector(VendorHttp http, URI report, String authorization) {
        this.http = http;
        this.report = report;
        this.authorization = authorization;
    }

    @Override
    public void fetchAll(EmployeeSink sink) throws ConnectorFailure {
        String body = BambooHrRecords.reportRequest();
        // BambooHR reads the body as JSON only when Content-Type is exactly application/json (no charset).
        JsonArray employees = BambooHrRecords.employees(http.json(VENDOR, () -> HttpRequest.newBuilder(report)
                .header("Authorization", authorization)
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))));
        int position = 0;
        for (JsonValue item : employees) {
            position++;
            BambooHrRecords.read(item, position, sink);
        }
    }
}
