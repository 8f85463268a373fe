package org.hugmenow.hr.connector.bamboohr;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.hugmenow.hr.connector.spi.ConnectorFailure;
import org.hugmenow.hr.connector.spi.HrConnector;
import org.hugmenow.hr.connector.spi.HrConnectorFactory;
import org.hugmenow.hr.connector.spi.Settings;
import org.hugmenow.hr.connector.spi.VendorHttp;

/**
 * BambooHR, read through its custom report endpoint
 * ({@code POST /api/gateway.php/{companyDomain}/v1/reports/custom?format=JSON}), which returns every
 * employee, active and inactive, in one answer. Authenticates with HTTP Basic: the API key as user, "x" as password.
 */
@ApplicationScoped
public class BambooHrConnectorFactory implements HrConnectorFactory {

    static final String VENDOR = "BambooHR";
    private static final Set<String> REQUIRED = Set.of("baseUrl", "companyDomain", "apiKey");
    private static final Pattern SUBDOMAIN = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

    public BambooHrConnectorFactory() {
    }

    @Override
    public String id() {
        return "bamboohr";
    }

    @Override
    public Set<String> requiredSettings() {
        return REQUIRED;
    }

    @Override
    public HrConnector create(Map<String, String> settings, VendorHttp http) throws ConnectorFailure {
        Settings.require(VENDOR, settings, REQUIRED);
        String baseUrl = Settings.baseUrl(VENDOR, settings.get("baseUrl"));
        String domain = companyDomain(settings.get("companyDomain"));
        URI report = URI.create(baseUrl + "/api/gateway.php/" + domain + "/v1/reports/custom?format=JSON&onlyCurrent=true");
        String credentials = settings.get("apiKey").strip() + ":x";
        String authorization = "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
        return new BambooHrConnector(http, report, authorization);
    }

    /** The company's subdomain; "acme.bamboohr.com" is accepted for "acme". */
    private static String companyDomain(String value) throws ConnectorFailure {
        String domain = value.strip().toLowerCase(Locale.ROOT);
        if (domain.endsWith(".bamboohr.com")) {
            domain = domain.substring(0, domain.length() - ".bamboohr.com".length());
        }
        if (!SUBDOMAIN.matcher(domain).matches()) {
            throw new ConnectorFailure(ConnectorFailure.Kind.MISCONFIGURED,
                    VENDOR + " connector's companyDomain must be the company's BambooHR subdomain, such as \"acme\"");
        }
        return domain;
    }
}
