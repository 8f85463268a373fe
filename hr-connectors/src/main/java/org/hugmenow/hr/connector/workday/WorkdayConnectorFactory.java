package org.hugmenow.hr.connector.workday;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hugmenow.hr.connector.spi.ConnectorFailure;
import org.hugmenow.hr.connector.spi.HrConnector;
import org.hugmenow.hr.connector.spi.HttpConnectorFactory;
import org.hugmenow.hr.connector.spi.JsonRequests;
import org.hugmenow.hr.connector.spi.VendorHttp;

/**
 * Workday through Report-as-a-Service (RaaS): a custom report of the tenant's workers, enabled as a
 * web service and shared with an integration system user (ISU), read as JSON in one request (RaaS
 * is not paged).
 *
 * <p>Settings: {@code reportUrl}, the report's full REST URL, such as
 * {@code https://wd2-impl-services1.workday.com/ccx/service/customreport2/acme/ISU_HugMeNow/HugMeNow_Workers}
 * (any prompt parameters may stay in its query; the connector sets {@code format=json});
 * {@code username} and {@code password}, the ISU's credentials, sent with HTTP Basic.
 *
 * <p>The report must be an Advanced report with these columns, their XML aliases spelled exactly so:
 * <ul>
 * <li>{@code Employee_ID} (required): the worker's Employee ID, the key the directory keeps;</li>
 * <li>{@code Email_Address} (required): the primary work email;</li>
 * <li>{@code First_Name}, {@code Last_Name}: legal or preferred name, as the tenant prefers;</li>
 * <li>{@code Active} (required): {@code 1}/{@code 0} or {@code true}/{@code false};</li>
 * <li>{@code Manager_Employee_ID}: the manager's Employee ID (a calculated text field, not the
 * manager reference), empty for the top of the organisation;</li>
 * <li>{@code Cost_Center}, {@code Supervisory_Organization} (used as department), {@code Location}:
 * single-instance fields shown as text;</li>
 * <li>{@code Hire_Date}: {@code yyyy-MM-dd} (a time-zone suffix such as {@code -08:00} is accepted).</li>
 * </ul>
 * Include terminated workers (for example with a "Terminated in the last 30 days" filter) so that
 * leavers come through as inactive rather than vanish. A row without an id or email, with an
 * unreadable Active or Hire_Date, or repeating an id is skipped with its reason.
 */
@ApplicationScoped
public class WorkdayConnectorFactory extends HttpConnectorFactory {

    public static final String REPORT_URL = "reportUrl";
    public static final String USERNAME = "username";
    public static final String PASSWORD = "password";
    static final String VENDOR = "Workday";

    public WorkdayConnectorFactory() {
        super("workday", VENDOR, Set.of(REPORT_URL, USERNAME, PASSWORD));
    }

    @Override
    protected HrConnector connect(Map<String, String> settings, VendorHttp http) throws ConnectorFailure {
        URI report = jsonReport(baseUrl(settings.get(REPORT_URL)));
        String authorization = JsonRequests.basic(settings.get(USERNAME), settings.get(PASSWORD));
        return sink -> new WorkdayRecords().read(entries(http.json(VENDOR, JsonRequests.get(report, authorization))), sink);
    }

    /** The report URL with {@code format=json} replacing any format parameter; prompts are kept. */
    static URI jsonReport(String reportUrl) throws ConnectorFailure {
        try {
            URI uri = new URI(reportUrl);
            if (uri.getRawAuthority() == null || uri.getRawPath() == null || uri.getRawPath().length() <= 1) {
                throw new URISyntaxException(reportUrl, "no report path");
            }
            List<String> parameters = new ArrayList<>();
            if (uri.getRawQuery() != null) {
                for (String parameter : uri.getRawQuery().split("&")) {
                    if (!parameter.isEmpty() && !parameter.equals("format") && !parameter.startsWith("format=")) {
                        parameters.add(parameter);
                    }
                }
            }
            parameters.add("format=json");
            return URI.create(uri.getScheme() + "://" + uri.getRawAuthority() + uri.getRawPath() + "?" + String.join("&", parameters));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new ConnectorFailure(ConnectorFailure.Kind.MISCONFIGURED,
                    VENDOR + " connector's reportUrl is not the URL of a custom report");
        }
    }

    /** {@code {"Report_Entry":[...]}}; a lone entry given as an object counts as a list of one. */
    static JsonArray entries(JsonStructure body) throws ConnectorFailure {
        if (body instanceof JsonObject root) {
            JsonValue entries = root.get("Report_Entry");
            if (entries instanceof JsonArray array) {
                return array;
            }
            if (entries instanceof JsonObject single) {
                return JsonProvider.provider().createArrayBuilder().add(single).build();
            }
        }
        throw new ConnectorFailure(ConnectorFailure.Kind.BAD_RESPONSE,
                VENDOR + " answered without a Report_Entry list; is the reportUrl a RaaS report?");
    }
}
