package org.hugmenow.hr.connector.personio;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Set;
import org.hugmenow.hr.connector.spi.ConnectorFailure;
import org.hugmenow.hr.connector.spi.HrConnector;
import org.hugmenow.hr.connector.spi.HrConnectorFactory;
import org.hugmenow.hr.connector.spi.Settings;
import org.hugmenow.hr.connector.spi.VendorHttp;

/**
 * Personio's v1 Personnel Data API: a bearer token from {@code POST /v1/auth} (client id and secret in the
 * JSON body), then {@code GET /v1/company/employees} page by page with {@code limit} and {@code offset}.
 */
@ApplicationScoped
public class PersonioConnectorFactory implements HrConnectorFactory {

    static final String VENDOR = "Personio";
    private static final Set<String> REQUIRED = Set.of("baseUrl", "clientId", "clientSecret");

    public PersonioConnectorFactory() {
    }

    @Override
    public String id() {
        return "personio";
    }

    @Override
    public Set<String> requiredSettings() {
        return REQUIRED;
    }

    @Override
    public HrConnector create(Map<String, String> settings, VendorHttp http) throws ConnectorFailure {
        Settings.require(VENDOR, settings, REQUIRED);
        String baseUrl = withoutVersion(Settings.baseUrl(VENDOR, settings.get("baseUrl")));
        return new PersonioConnector(http, baseUrl, settings.get("clientId").strip(), settings.get("clientSecret").strip());
    }

    /** Accepts the base URL with the API version the vendor's documentation shows ("https://host/v1"). */
    private static String withoutVersion(String baseUrl) {
        return baseUrl.endsWith("/v1") ? baseUrl.substring(0, baseUrl.length() - "/v1".length()) : baseUrl;
    }
}
