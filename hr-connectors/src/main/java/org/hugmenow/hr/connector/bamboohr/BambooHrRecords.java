package org.hugmenow.hr.connector.bamboohr;

import static org.hugmenow.hr.connector.bamboohr.BambooHrConnectorFactory.VENDOR;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.spi.JsonProvider;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.hugmenow.hr.connector.spi.ConnectorFailure;
import org.hugmenow.hr.connector.spi.HrEmployee;
import org.hugmenow.hr.connector.spi.JsonRecordReader;

/** BambooHR's field names (its documented standard fields) and how they map to {@link HrEmployee}. */
final class BambooHrRecords extends JsonRecordReader {

    private static final JsonProvider JSON = JsonProvider.provider();

    /** Standard BambooHR fields; BambooHR has no cost center field, so its division stands in for one. */
    static final List<String> FIELDS = List.of("id", "workEmail", "firstName", "lastName", "status", "supervisorEId",
            "department", "division", "location", "hireDate");

    /** BambooHR's placeholder for an empty date. */
    private static final String NO_DATE = "0000-00-00";

    BambooHrRecords() {
        super(null);
    }

    static String reportRequest() {
        JsonArrayBuilder fields = JSON.createArrayBuilder();
        FIELDS.forEach(fields::add);
        return JSON.createObjectBuilder().add("title", "HugMeNow directory sync").add("fields", fields).build().toString();
    }

    /** The report's {@code employees} array. */
    static JsonArray employees(JsonStructure answer) throws ConnectorFailure {
        return list(answer, "employees", VENDOR + "'s custom report has no employees list");
    }

    @Override
    protected String key(JsonObject row) {
        return text(row.get("id"));
    }

    @Override
    protected HrEmployee employee(JsonObject row, String id) throws Problem {
        if (id == null) {
            throw new Problem("no employee id");
        }
        String email = text(row.get("workEmail"));
        if (email == null) {
            throw new Problem("no work email");
        }
        LocalDate hired;
        try {
            hired = date(text(row.get("hireDate")));
        } catch (DateTimeParseException e) {
            throw new Problem("hireDate is not a yyyy-mm-dd date");
        }
        return new HrEmployee(id, email, text(row.get("firstName")), text(row.get("lastName")),
                "Active".equalsIgnoreCase(text(row.get("status"))), text(row.get("supervisorEId")), text(row.get("department")),
                text(row.get("division")), text(row.get("location")), hired, List.of());
    }

    private static LocalDate date(String value) {
        return value == null || NO_DATE.equals(value) ? null : LocalDate.parse(value);
    }
}
