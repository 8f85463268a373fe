package org.hugmenow.hr.connector.workday;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hugmenow.hr.connector.spi.Emails;
import org.hugmenow.hr.connector.spi.EmployeeSink;
import org.hugmenow.hr.connector.spi.HrEmployee;

/** Maps RaaS {@code Report_Entry} rows, with the column names the factory documents, to employees. */
final class WorkdayRecords {


    private final Set<String> seen = new HashSet<>();

    void read(JsonArray entries, EmployeeSink sink) {
        for (int i = 0; i < entries.size(); i++) {
            String reference = "record " + (i + 1);
            JsonValue entry = entries.get(i);
            if (!(entry instanceof JsonObject row)) {
                sink.skipped(reference, "not a JSON object");
                continue;
            }
            try {
                String id = text(row, "Employee_ID");
                if (id != null) {
                    reference = id;
                }
                HrEmployee employee = employee(row, id);
                if (!seen.add(id)) {
                    sink.skipped(reference, "Employee_ID appears more than once in the report");
                    continue;
                }
                sink.employee(employee);
            } catch (Problem problem) {
                sink.skipped(reference, problem.getMessage());
            }
        }
    }

    private static HrEmployee employee(JsonObject row, String id) throws Problem {
        if (id == null) {
            throw new Problem("Employee_ID is missing");
        }
        String email = text(row, "Email_Address");
        if (!Emails.plausible(email)) {
            throw new Problem("Email_Address is missing or not an email address");
        }
        return new HrEmployee(id, email, text(row, "First_Name"), text(row, "Last_Name"), active(row),
                text(row, "Manager_Employee_ID"), text(row, "Supervisory_Organization"), text(row, "Cost_Center"),
                text(row, "Location"), date(row, "Hire_Date"), List.of());
    }

    private static boolean active(JsonObject row) throws Problem {
        String value = text(row, "Active");
        String flag = value == null ? "" : value.toLowerCase(Locale.ROOT);
        return switch (flag) {
            case "1", "true" -> true;
            case "0", "false" -> false;
            default -> throw new Problem("Active is missing or not 1/0/true/false");
        };
    }

    /** {@code yyyy-MM-dd}, also with the offset Workday may append ({@code 2020-01-31-08:00}). */
    private static LocalDate date(JsonObject row, String column) throws Problem {
        String value = text(row, column);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value, DateTimeFormatter.ISO_DATE);
        } catch (DateTimeParseException e) {
            throw new Problem(column + " is not a date (yyyy-MM-dd)");
        }
    }

    /** A column's text, or null when absent or blank (RaaS leaves out empty columns). */
    private static String text(JsonObject row, String column) throws Problem {
        JsonValue value = row.get(column);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        String text = switch (value.getValueType()) {
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> ((JsonNumber) value).toString();
            case TRUE -> "true";
            case FALSE -> "false";
            default -> throw new Problem(column + " holds several values; the report must show it as one text");
        };
        text = text.strip();
        return text.isEmpty() ? null : text;
    }

    /** Why one row cannot be read; never carries the row's personal data. */
    private static final class Problem extends Exception {
        Problem(String reason) {
            super(reason, null, false, false);
        }
    }
}
