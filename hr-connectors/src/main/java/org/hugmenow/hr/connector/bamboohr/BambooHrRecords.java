package org.hugmenow.hr.connector.bamboohr;

import static org.hugmenow.hr.connector.bamboohr.BambooHrConnectorFactory.VENDOR;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.hugmenow.hr.connector.spi.ConnectorFailure;
import org.hugmenow.hr.connector.spi.EmployeeSink;
import org.hugmenow.hr.connector.spi.HrEmployee;

/** BambooHR's field names (its documented standard fields) and how they map to {@link HrEmployee}. */
final class BambooHrRecords {

    private static final JsonProvider JSON = JsonProvider.provider();

    /** Standard BambooHR fields; BambooHR has no cost center field, so its division stands in for one. */
    static final List<String> FIELDS = List.of("id", "workEmail", "firstName", "lastName", "status", "supervisorEId",
            "department", "division", "location", "hireDate");

    /** BambooHR's placeholder for an empty date. */
    private static final String NO_DATE = "0000-00-00";

    private BambooHrRecords() {
    }

    static String reportRequest() {
        JsonArrayBuilder fields = JSON.createArrayBuilder();
        FIELDS.forEach(fields::add);
        return JSON.createObjectBuilder().add("title", "HugMeNow directory sync").add("fields", fields).build().toString();
    }

    /** The report's {@code employees} array. */
    static JsonArray employees(JsonStructure answer) throws ConnectorFailure {
        if (answer instanceof JsonObject report && report.get("employees") instanceof JsonArray employees) {
            return employees;
        }
        throw new ConnectorFailure(ConnectorFailure.Kind.BAD_RESPONSE, VENDOR + "'s custom report has no employees list");
    }

    /** Hands one report row to the sink, or skips it with the reason. */
    static void read(JsonValue value, int position, EmployeeSink sink) {
        if (!(value instanceof JsonObject row)) {
            sink.skipped("record " + position, "not a JSON object");
            return;
        }
        String id = text(row, "id");
        if (id == null) {
            sink.skipped("record " + position, "no employee id");
            return;
        }
        String email = text(row, "workEmail");
        if (email == null) {
            sink.skipped(id, "no work email");
            return;
        }
        LocalDate hired;
        try {
            hired = date(text(row, "hireDate"));
        } catch (DateTimeParseException e) {
            sink.skipped(id, "hireDate is not a yyyy-mm-dd date");
            return;
        }
        sink.employee(new HrEmployee(id, email, text(row, "firstName"), text(row, "lastName"),
                "Active".equalsIgnoreCase(text(row, "status")), text(row, "supervisorEId"), text(row, "department"),
                text(row, "division"), text(row, "location"), hired, List.of()));
    }

    private static LocalDate date(String value) {
        return value == null || NO_DATE.equals(value) ? null : LocalDate.parse(value);
    }

    /** A string or number field as trimmed text; null when absent, null or blank. */
    static String text(JsonObject row, String field) {
        JsonValue value = row.get(field);
        if (value instanceof JsonString string) {
            String text = string.getString().strip();
            return text.isEmpty() ? null : text;
        }
        if (value instanceof JsonNumber number) {
            return number.isIntegral() ? number.bigIntegerValue().toString() : number.bigDecimalValue().toPlainString();
        }
        return null;
    }
}
