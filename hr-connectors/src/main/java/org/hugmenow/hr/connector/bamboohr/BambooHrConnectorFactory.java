package org.hugmenow.hr.connector.bamboohr;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.hugmenow.hr.connector.spi.ConnectorFailure;
import org.hugmenow.hr.connector.spi.HrConnector;
import org.hugmenow.hr.connector.spi.HttpConnectorFactory;
import org.hugmenow.hr.connector.spi.JsonRequests;
import org.hugmenow.hr.connector.spi.VendorHttp;

/**
 * BambooHR, read through its custom report endpoint
 * ({@code POST /api/gateway.php/{companyDomain}/v1/reports/custom?format=JSON}), which returns every
 * employee, active and inactive, in one answer. Authenticates with HTTP Basic: the API key as user, "x" as password.
 */
@ApplicationScoped
public class BambooHrConnectorFactory extends HttpConnectorFactory {

    static final String VENDOR = "BambooHR";
    private static final Pattern SUBDOMAIN = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

    public BambooHrConnectorFactory() {
        super("bamboohr", VENDOR, Set.of("baseUrl", "companyDomain", "apiKey"));
    }

    @Override
    protected HrConnector connect(Map<String, String> settings, VendorHttp http) throws ConnectorFailure {
        String baseUrl = baseUrl(settings.get("baseUrl"));
        String domain = companyDomain(settings.get("companyDomain"));
        URI report = URI.create(baseUrl + "/api/gateway.php/" + domain + "/v1/reports/custom?format=JSON&onlyCurrent=true");
        String authorization = JsonRequests.basic(settings.get("apiKey").strip(), "x");
        return sink -> {
            BambooHrRecords records = new BambooHrRecords();
            records.read(BambooHrRecords.employees(http.json(VENDOR, JsonRequests.post(report, authorization,
                    BambooHrRecords.reportRequest()))), sink);
        };
    }

    /** The company's subdomain; "acme.bamboohr.com" is accepted for "acme". */
    private String companyDomain(String value) throws ConnectorFailure {
        String domain = value.strip().toLowerCase(Locale.ROOT);
        if (domain.endsWith(".bamboohr.com")) {
            domain = domain.substring(0, domain.length() - ".bamboohr.com".length());
        }
        if (!SUBDOMAIN.matcher(domain).matches()) {
            throw misconfigured("companyDomain must be the company's BambooHR subdomain, such as \"acme\"");
        }
        return domain;
    }
}
