package org.hugmenow.hr.connector.hibob;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.hugmenow.hr.connector.spi.ConnectorFailure;
import org.hugmenow.hr.connector.spi.HrConnector;
import org.hugmenow.hr.connector.spi.HrConnectorFactory;
import org.hugmenow.hr.connector.spi.Settings;
import org.hugmenow.hr.connector.spi.VendorHttp;

/**
 * HiBob (Bob), read through {@code POST /v1/people/search} with a service user (HTTP Basic: service user id and
 * token). The search is not paged: one answer holds every employee. Bob has no standard cost center field, so
 * the optional setting {@code costCenterField} names the field that holds it (a field id such as
 * {@code work.custom.field_1690000000000}); without it, cost centers stay empty.
 */
@ApplicationScoped
public class HiBobConnectorFactory implements HrConnectorFactory {

    static final String VENDOR = "HiBob";
    private static final Set<String> REQUIRED = Set.of("baseUrl", "serviceUserId", "serviceUserToken");
    private static final Pattern FIELD_ID = Pattern.compile("[A-Za-z][A-Za-z0-9_]*(\\.[A-Za-z0-9_]+)+");

    public HiBobConnectorFactory() {
    }

    @Override
    public String id() {
        return "hibob";
    }

    @Override
    public Set<String> requiredSettings() {
        return REQUIRED;
    }

    @Override
    public HrConnector create(Map<String, String> settings, VendorHttp http) throws ConnectorFailure {
        Settings.require(VENDOR, settings, REQUIRED);
        String baseUrl = withoutVersion(Settings.baseUrl(VENDOR, settings.get("baseUrl")));
        String costCenterField = settings.get("costCenterField");
        costCenterField = costCenterField == null || costCenterField.isBlank() ? null : costCenterField.strip();
        if (costCenterField != null && !FIELD_ID.matcher(costCenterField).matches()) {
            throw new ConnectorFailure(ConnectorFailure.Kind.MISCONFIGURED,
                    VENDOR + " connector's costCenterField must be a Bob field id such as work.custom.field_123");
        }
        String credentials = settings.get("serviceUserId").strip() + ":" + settings.get("serviceUserToken").strip();
        String authorization = "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
        URI search = URI.create(baseUrl + "/v1/people/search");
        return new HiBobConnector(http, search, authorization, new HiBobRecords(costCenterField));
    }

    /** Accepts the base URL with the API version the vendor's documentation shows ("https://host/v1"). */
    private static String withoutVersion(String baseUrl) {
        return baseUrl.endsWith("/v1") ? baseUrl.substring(0, baseUrl.length() - "/v1".length()) : baseUrl;
    }
}
