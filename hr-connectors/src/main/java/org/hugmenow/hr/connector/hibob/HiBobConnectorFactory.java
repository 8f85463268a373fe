package org.hugmenow.hr.connector.hibob;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.hugmenow.hr.connector.spi.ConnectorFailure;
import org.hugmenow.hr.connector.spi.HrConnector;
import org.hugmenow.hr.connector.spi.HttpConnectorFactory;
import org.hugmenow.hr.connector.spi.JsonRequests;
import org.hugmenow.hr.connector.spi.VendorHttp;

/**
 * HiBob (Bob), read through {@code POST /v1/people/search} with a service user (HTTP Basic: service user id and
 * token). The search is not paged: one answer holds every employee, inactive employees included. Bob has no
 * standard cost center field, so the optional setting {@code costCenterField} names the field that holds it (a
 * field id such as {@code work.custom.field_1690000000000}); without it, cost centers stay empty.
 */
@ApplicationScoped
public class HiBobConnectorFactory extends HttpConnectorFactory {

    static final String VENDOR = "HiBob";
    private static final Pattern FIELD_ID = Pattern.compile("[A-Za-z][A-Za-z0-9_]*(\\.[A-Za-z0-9_]+)+");

    public HiBobConnectorFactory() {
        super("hibob", VENDOR, Set.of("baseUrl", "serviceUserId", "serviceUserToken"));
    }

    @Override
    protected HrConnector connect(Map<String, String> settings, VendorHttp http) throws ConnectorFailure {
        String baseUrl = withoutVersion(baseUrl(settings.get("baseUrl")));
        String costCenterField = settings.get("costCenterField");
        String field = costCenterField == null || costCenterField.isBlank() ? null : costCenterField.strip();
        if (field != null && !FIELD_ID.matcher(field).matches()) {
            throw misconfigured("costCenterField must be a Bob field id such as work.custom.field_123");
        }
        String authorization = JsonRequests.basic(settings.get("serviceUserId").strip(), settings.get("serviceUserToken").strip());
        URI search = URI.create(baseUrl + "/v1/people/search");
        return sink -> {
            HiBobRecords records = new HiBobRecords(field);
            records.read(HiBobRecords.employees(http.json(VENDOR, JsonRequests.post(search, authorization, records.searchRequest()))),
                    sink);
        };
    }
}
