package org.hugmenow.hr.connector.personio;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Set;
import org.hugmenow.hr.connector.spi.ConnectorFailure;
import org.hugmenow.hr.connector.spi.HrConnector;
import org.hugmenow.hr.connector.spi.HttpConnectorFactory;
import org.hugmenow.hr.connector.spi.VendorHttp;

/**
 * Personio's v1 Personnel Data API: a bearer token from {@code POST /v1/auth} (client id and secret in the
 * JSON body), then {@code GET /v1/company/employees} page by page with {@code limit} and {@code offset}.
 */
@ApplicationScoped
public class PersonioConnectorFactory extends HttpConnectorFactory {

    static final String VENDOR = "Personio";

    public PersonioConnectorFactory() {
        super("personio", VENDOR, Set.of("baseUrl", "clientId", "clientSecret"));
    }

    @Override
    protected HrConnector connect(Map<String, String> settings, VendorHttp http) throws ConnectorFailure {
        String baseUrl = withoutVersion(baseUrl(settings.get("baseUrl")));
        return new PersonioConnector(http, baseUrl, settings.get("clientId").strip(), settings.get("clientSecret").strip());
    }
}
