package org.hugmenow.hr.connector.successfactors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.net.URI;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.hugmenow.hr.connector.spi.ConnectorFailure;
import org.hugmenow.hr.connector.spi.HrConnector;
import org.hugmenow.hr.connector.spi.HttpConnectorFactory;
import org.hugmenow.hr.connector.spi.JsonRequests;
import org.hugmenow.hr.connector.spi.VendorHttp;

/**
 * SAP SuccessFactors through the HCM Suite OData v2 API: the {@code User} entity, active and inactive
 * users alike ({@code status in 't','f'}), with the manager and, from Employee Central, the current
 * job's cost center ({@code empInfo/jobInfoNav/costCenter}). Pages are server-driven: the connector
 * follows each answer's {@code __next} link until there is none.
 *
 * <p>Settings: {@code baseUrl}, the tenant's API server (such as {@code https://api4.successfactors.com},
 * not the UI host); {@code companyId}; {@code username} and {@code password} of an API user with the
 * OData API and read permissions for users and job information, sent with HTTP Basic as
 * {@code username@companyId}. The basic-authentication login must be allowed for that user.
 *
 * <p>A user without a userId or email, with an unknown status or an unreadable hireDate, or repeating
 * a userId is skipped with its reason.
 */
@ApplicationScoped
public class SuccessFactorsConnectorFactory extends HttpConnectorFactory {

    public static final String BASE_URL = "baseUrl";
    public static final String COMPANY_ID = "companyId";
    public static final String USERNAME = "username";
    public static final String PASSWORD = "password";
    static final String VENDOR = "SuccessFactors";

    /** The first page's query; {@code customPageSize} sets the page size (at most 1000), {@code $top} would cap the whole result. */
    static final String USERS = "/odata/v2/User?$format=json"
            + "&$select=userId,email,firstName,lastName,status,department,location,hireDate,manager/userId,empInfo/jobInfoNav/costCenter"
            + "&$expand=manager,empInfo/jobInfoNav"
            + "&$filter=status%20in%20't','f'"
            + "&customPageSize=100";

    /** Guards against a server that keeps answering with a next link. */
    private static final int MAX_PAGES = 100_000;

    public SuccessFactorsConnectorFactory() {
        super("successfactors", VENDOR, Set.of(BASE_URL, COMPANY_ID, USERNAME, PASSWORD));
    }

    @Override
    protected HrConnector connect(Map<String, String> settings, VendorHttp http) throws ConnectorFailure {
        URI first = URI.create(baseUrl(settings.get(BASE_URL)) + USERS);
        String login = settings.get(USERNAME).strip() + "@" + settings.get(COMPANY_ID).strip();
        String authorization = JsonRequests.basic(login, settings.get(PASSWORD));
        return sink -> {
            SuccessFactorsRecords records = new SuccessFactorsRecords();
            Set<URI> visited = new HashSet<>();
            URI next = first;
            while (next != null) {
                if (!visited.add(next) || visited.size() > MAX_PAGES) {
                    throw new ConnectorFailure(ConnectorFailure.Kind.BAD_RESPONSE, VENDOR + "'s next-page links go round in a circle");
                }
                URI page = next;
                JsonObject d = data(http.json(VENDOR, JsonRequests.get(page, authorization)));
                records.read(d.getJsonArray("results"), sink);
                next = next(d, page, first);
            }
        };
    }

    /** {@code {"d":{"results":[...]}}}, or the OData error object turned into a failure. */
    static JsonObject data(JsonStructure body) throws ConnectorFailure {
        if (body instanceof JsonObject root) {
            if (root.get("error") instanceof JsonObject error) {
                String code = error.get("code") instanceof JsonString text ? text.getString() : "unknown";
                throw new ConnectorFailure(ConnectorFailure.Kind.BAD_RESPONSE, VENDOR + " answered with the OData error " + code);
            }
            if (root.get("d") instanceof JsonObject d && d.get("results") instanceof JsonArray) {
                return d;
            }
        }
        throw new ConnectorFailure(ConnectorFailure.Kind.BAD_RESPONSE, VENDOR + " answered without a {\"d\":{\"results\":[...]}} list");
    }

    /**
     * The {@code __next} link, absolute or relative to the page just read; it must stay on the API
     * server, since the credentials go with it.
     */
    static URI next(JsonObject d, URI current, URI first) throws ConnectorFailure {
        JsonValue link = d.get("__next");
        if (link == null || link.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(link instanceof JsonString text)) {
            throw new ConnectorFailure(ConnectorFailure.Kind.BAD_RESPONSE, VENDOR + "'s __next is not a link");
        }
        if (text.getString().isBlank()) {
            return null;
        }
        URI next;
        try {
            next = current.resolve(text.getString().strip());
        } catch (IllegalArgumentException e) {
            throw new ConnectorFailure(ConnectorFailure.Kind.BAD_RESPONSE, VENDOR + "'s __next is not a valid link");
        }
        if (!sameServer(next, first)) {
            throw new ConnectorFailure(ConnectorFailure.Kind.BAD_RESPONSE, VENDOR + "'s __next leads away from the API server");
        }
        return next;
    }

    /** Same scheme, host and port; SuccessFactors writes the default port out ({@code https://api4.successfactors.com:443/...}). */
    static boolean sameServer(URI a, URI b) {
        return a.getScheme() != null && a.getScheme().equalsIgnoreCase(b.getScheme())
                && a.getHost() != null && a.getHost().equalsIgnoreCase(b.getHost())
                && port(a) == port(b) && Objects.equals(a.getRawUserInfo(), b.getRawUserInfo());
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
