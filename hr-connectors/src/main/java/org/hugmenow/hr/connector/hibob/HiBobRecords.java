package org.hugmenow.hr.connector.hibob;

import static org.hugmenow.hr.connector.hibob.HiBobConnectorFactory.VENDOR;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.hugmenow.hr.connector.spi.ConnectorFailure;
import org.hugmenow.hr.connector.spi.HrEmployee;
import org.hugmenow.hr.connector.spi.JsonRecordReader;

/**
 * Bob's field ids and shapes. The search asks for {@code humanReadable: "APPEND"}: each employee keeps Bob's
 * machine values (list fields as item ids, dates as yyyy-mm-dd, references as ids) and gains a
 * {@code humanReadable} copy with display values, which is where list fields such as the department get their names.
 */
final class HiBobRecords extends JsonRecordReader {

    private static final JsonProvider JSON = JsonProvider.provider();
    private static final List<String> FIELDS = List.of("root.id", "root.email", "root.firstName", "root.surname",
            "work.reportsTo", "work.department", "work.site", "work.startDate", "internal.status", "internal.lifecycleStatus");

    /** Bob field id of the cost center, or null when the tenant keeps none. */
    private final String costCenterField;

    HiBobRecords(String costCenterField) {
        super(null);
        this.costCenterField = costCenterField;
    }

    String searchRequest() {
        List<String> fields = new ArrayList<>(FIELDS);
        if (costCenterField != null) {
            fields.add(costCenterField);
        }
        JsonArrayBuilder array = JSON.createArrayBuilder();
        fields.forEach(array::add);
        return JSON.createObjectBuilder().add("fields", array).add("showInactive", true).add("humanReadable", "APPEND")
                .build().toString();
    }

    static JsonArray employees(JsonStructure answer) throws ConnectorFailure {
        return list(answer, "employees", VENDOR + "'s people search has no employees list");
    }

    @Override
    protected String key(JsonObject person) {
        return text(at(person, "root.id"));
    }

    @Override
    protected HrEmployee employee(JsonObject person, String id) throws Problem {
        if (id == null) {
            throw new Problem("no employee id");
        }
        String email = text(at(person, "root.email"));
        if (email == null) {
            throw new Problem("no email");
        }
        LocalDate started;
        try {
            String start = text(at(person, "work.startDate"));
            started = start == null ? null : LocalDate.parse(start);
        } catch (DateTimeParseException e) {
            throw new Problem("work.startDate is not a yyyy-mm-dd date");
        }
        return new HrEmployee(id, email, text(at(person, "root.firstName")), text(at(person, "root.surname")),
                active(person), manager(at(person, "work.reportsTo")), display(person, "work.department"), costCenter(person),
                display(person, "work.site"), started, List.of());
    }

    /** "internal.status" is Active or Inactive; without it, the lifecycle status tells terminated people apart. */
    private static boolean active(JsonObject person) {
        String status = text(at(person, "internal.status"));
        if (status != null) {
            return status.equalsIgnoreCase("Active");
        }
        String lifecycle = text(at(person, "internal.lifecycleStatus"));
        return lifecycle == null || !lifecycle.equalsIgnoreCase("terminated");
    }

    /** "work.reportsTo" is an object carrying the manager's id; a bare id is accepted too. */
    private static String manager(JsonValue reportsTo) {
        return reportsTo instanceof JsonObject manager ? text(manager.get("id")) : text(reportsTo);
    }

    private String costCenter(JsonObject person) {
        return costCenterField == null ? null : display(person, costCenterField);
    }

    /** The human-readable value of a field when Bob appended one, else its machine value. */
    private static String display(JsonObject person, String field) {
        String readable = person.get("humanReadable") instanceof JsonObject human ? text(at(human, field)) : null;
        return readable != null ? readable : text(at(person, field));
    }

    /** A field by its Bob id: "root.email" is the top-level "email", "work.site" is work → site. */
    private static JsonValue at(JsonObject person, String field) {
        String path = field.startsWith("root.") ? field.substring("root.".length()) : field;
        JsonValue current = person;
        for (String step : path.split("\\.")) {
            if (!(current instanceof JsonObject object)) {
                return null;
            }
            current = object.get(step);
        }
        return current;
    }
}
