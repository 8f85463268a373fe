package org.hugmenow.hr.connector.personio;

import static org.hugmenow.hr.connector.personio.PersonioConnectorFactory.VENDOR;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.hugmenow.hr.connector.spi.ConnectorFailure;
import org.hugmenow.hr.connector.spi.HrEmployee;
import org.hugmenow.hr.connector.spi.JsonRecordReader;

/**
 * Personio's shapes: every answer is {@code {"success": ..., "data": ...}}; an employee is
 * {@code {"type": "Employee", "attributes": {"email": {"label": ..., "value": ...}, ...}}}, where related
 * objects (supervisor, department, office, cost centers) nest their own {@code attributes}.
 */
final class PersonioRecords extends JsonRecordReader {

    private static final JsonProvider JSON = JsonProvider.provider();

    /** Statuses of people still employed; "onboarding" (not started yet) and "inactive" are not active. */
    private static final List<String> ACTIVE = List.of("active", "leave");

    PersonioRecords() {
        super("listed again on a later page");
    }

    static String authRequest(String clientId, String clientSecret) {
        return JSON.createObjectBuilder().add("client_id", clientId).add("client_secret", clientSecret).build().toString();
    }

    static JsonObject successful(JsonStructure answer, String what) throws ConnectorFailure {
        if (answer instanceof JsonObject object && object.getBoolean("success", false)) {
            return object;
        }
        throw new ConnectorFailure(ConnectorFailure.Kind.BAD_RESPONSE, VENDOR + "'s " + what + " answer did not report success");
    }

    static String token(JsonObject answer) throws ConnectorFailure {
        if (answer.get("data") instanceof JsonObject data && text(data.get("token")) != null) {
            return text(data.get("token"));
        }
        throw new ConnectorFailure(ConnectorFailure.Kind.BAD_RESPONSE, VENDOR + "'s authentication answer has no token");
    }

    static JsonArray employees(JsonObject answer) throws ConnectorFailure {
        return list(answer, "data", VENDOR + "'s employees page has no data list");
    }

    /** Fewer than a full page, or the metadata says this was the last one. */
    static boolean lastPage(JsonObject answer, int count, int limit) {
        if (count < limit) {
            return true;
        }
        if (answer.get("metadata") instanceof JsonObject metadata
                && metadata.get("current_page") instanceof JsonNumber current
                && metadata.get("total_pages") instanceof JsonNumber total) {
            return current.longValue() >= total.longValue() - 1;
        }
        return false;
    }

    @Override
    protected String notARecord() {
        return "not an employee object with attributes";
    }

    @Override
    protected String key(JsonObject item) throws Problem {
        if (!(item.get("attributes") instanceof JsonObject attributes)) {
            throw new Problem(notARecord());
        }
        return text(attribute(attributes, "id"));
    }

    @Override
    protected HrEmployee employee(JsonObject item, String id) throws Problem {
        JsonObject attributes = item.getJsonObject("attributes");
        if (id == null) {
            throw new Problem("no employee id");
        }
        String email = text(attribute(attributes, "email"));
        if (email == null) {
            throw new Problem("no email");
        }
        LocalDate hired;
        try {
            hired = date(text(attribute(attributes, "hire_date")));
        } catch (DateTimeParseException e) {
            throw new Problem("hire_date is not a date");
        }
        String status = text(attribute(attributes, "status"));
        return new HrEmployee(id, email, text(attribute(attributes, "first_name")), text(attribute(attributes, "last_name")),
                status != null && ACTIVE.contains(status.toLowerCase(Locale.ROOT)),
                text(attribute(related(attribute(attributes, "supervisor")), "id")),
                text(attribute(related(attribute(attributes, "department")), "name")),
                costCenter(attribute(attributes, "cost_centers")),
                text(attribute(related(attribute(attributes, "office")), "name")), hired, List.of());
    }

    /** The cost center carrying the largest share of the employee. */
    private static String costCenter(JsonValue value) {
        if (!(value instanceof JsonArray centers)) {
            return null;
        }
        String best = null;
        double bestShare = -1;
        for (JsonValue center : centers) {
            JsonObject attributes = related(center);
            String name = text(attribute(attributes, "name"));
            double share = attribute(attributes, "percentage") instanceof JsonNumber n ? n.doubleValue() : 0;
            if (name != null && share > bestShare) {
                best = name;
                bestShare = share;
            }
        }
        return best;
    }

    /** Hire dates come as "2014-11-09T00:00:00+01:00"; a plain date is accepted too. */
    private static LocalDate date(String value) {
        if (value == null) {
            return null;
        }
        return value.length() > 10 ? OffsetDateTime.parse(value).toLocalDate() : LocalDate.parse(value);
    }

    /** An attribute's value: {@code {"label": ..., "value": x}} gives x; a bare value is returned as it is. */
    private static JsonValue attribute(JsonObject attributes, String name) {
        if (attributes == null) {
            return null;
        }
        JsonValue value = attributes.get(name);
        return value instanceof JsonObject wrapped && wrapped.containsKey("value") ? wrapped.get("value") : value;
    }

    /** The attributes of a related object such as {@code {"type": "Department", "attributes": {...}}}. */
    private static JsonObject related(JsonValue value) {
        return value instanceof JsonObject object && object.get("attributes") instanceof JsonObject attributes ? attributes : null;
    }
}
