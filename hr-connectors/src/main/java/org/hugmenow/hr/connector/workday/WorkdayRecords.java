package org.hugmenow.hr.connector.workday;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.hugmenow.hr.connector.spi.Emails;
import org.hugmenow.hr.connector.spi.HrEmployee;
import org.hugmenow.hr.connector.spi.JsonRecordReader;

/** Maps RaaS {@code Report_Entry} rows, with the column names the factory documents, to employees. */
final class WorkdayRecords extends JsonRecordReader {

    WorkdayRecords() {
        super("Employee_ID appears more than once in the report");
    }

    @Override
    protected String key(JsonObject row) throws Problem {
        return text(row, "Employee_ID");
    }

    @Override
    protected HrEmployee employee(JsonObject row, String id) throws Problem {
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
        return single(row, column, "holds several values; the report must show it as one text");
    }
}
