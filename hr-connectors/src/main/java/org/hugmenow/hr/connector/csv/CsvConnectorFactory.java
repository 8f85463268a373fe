package org.hugmenow.hr.connector.csv;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.hugmenow.hr.connector.spi.ConnectorFailure;
import org.hugmenow.hr.connector.spi.Emails;
import org.hugmenow.hr.connector.spi.EmployeeSink;
import org.hugmenow.hr.connector.spi.HrConnector;
import org.hugmenow.hr.connector.spi.HrConnectorFactory;
import org.hugmenow.hr.connector.spi.HrEmployee;
import org.hugmenow.hr.connector.spi.Settings;
import org.hugmenow.hr.connector.spi.Uploads;
import org.hugmenow.hr.connector.spi.VendorHttp;
import org.hugmenow.platform.export.SpreadsheetCells;

/**
 * For every HR system without a connector: an uploaded CSV file in the documented template
 * ({@code docs/hr-csv-template.md}). Each bad row is reported with its line number; the valid
 * rows still come through, and the sync applies them only once an admin confirms.
 */
@ApplicationScoped
public class CsvConnectorFactory implements HrConnectorFactory {

    static final String CONTENT = Uploads.CONTENT;
    static final List<String> REQUIRED_COLUMNS = List.of("employee_id", "email", "first_name", "last_name");
    static final List<String> COLUMNS = List.of("employee_id", "email", "first_name", "last_name", "status", "manager_id",
            "department", "cost_center", "location", "start_date", "teams");

    @Override
    public String id() {
        return Uploads.CONNECTOR;
    }

    @Override
    public Set<String> requiredSettings() {
        return Set.of(CONTENT);
    }

    @Override
    public HrConnector create(Map<String, String> settings, VendorHttp http) throws ConnectorFailure {
        Settings.require("CSV", settings, requiredSettings());
        String content = settings.get(CONTENT);
        return sink -> read(content, sink);
    }

    static void read(String content, EmployeeSink sink) throws ConnectorFailure {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreHeaderCase(true).setIgnoreEmptyLines(true)
                .setTrim(true).build();
        try (CSVParser parser = CSVParser.parse(new StringReader(content.startsWith("\uFEFF") ? content.substring(1) : content), format)) {
            checkHeader(parser.getHeaderNames());
            Set<String> seen = new HashSet<>();
            for (CSVRecord row : parser) {
                String line = "line " + parser.getCurrentLineNumber();
                String problem = problem(row, seen);
                if (problem != null) {
                    sink.skipped(line, problem);
                } else {
                    sink.employee(employee(row));
                }
            }
        } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
            throw new ConnectorFailure(ConnectorFailure.Kind.BAD_RESPONSE, "the CSV file cannot be read: " + e.getMessage(), e);
        }
    }

    private static void checkHeader(List<String> header) throws ConnectorFailure {
        Set<String> names = new HashSet<>();
        header.forEach(h -> names.add(h.strip().toLowerCase(Locale.ROOT)));
        List<String> missing = REQUIRED_COLUMNS.stream().filter(c -> !names.contains(c)).toList();
        List<String> unknown = names.stream().filter(n -> !COLUMNS.contains(n)).sorted().toList();
        if (!missing.isEmpty() || !unknown.isEmpty()) {
            throw new ConnectorFailure(ConnectorFailure.Kind.BAD_RESPONSE, "line 1: the header " + (missing.isEmpty() ? ""
                    : "lacks " + missing + (unknown.isEmpty() ? "" : " and ")) + (unknown.isEmpty() ? "" : "has unknown columns " + unknown)
                    + "; see the template");
        }
    }

    private static String problem(CSVRecord row, Set<String> seen) {
        if (!row.isConsistent()) {
            return "has " + row.size() + " fields, the header has " + row.getParser().getHeaderNames().size();
        }
        String id = value(row, "employee_id");
        if (id == null) {
            return "employee_id is empty";
        }
        if (!seen.add(id)) {
            return "employee_id " + id + " appears twice; the first row counts";
        }
        String formula = formulaColumn(row);
        if (formula != null) {
            return (formula.equals("teams") ? "a team in teams" : formula) + " starts with " + describe(firstFormula(value(row, formula)).charAt(0))
                    + ", which spreadsheets run as a formula; remove that character and upload again";
        }
        String email = value(row, "email");
        if (!Emails.plausible(email)) {
            return "email is missing or not an address";
        }
        if (value(row, "first_name") == null || value(row, "last_name") == null) {
            return "first_name and last_name are required";
        }
        String status = value(row, "status");
        if (status != null && !status.equalsIgnoreCase("active") && !status.equalsIgnoreCase("inactive")) {
            return "status must be active or inactive";
        }
        String start = value(row, "start_date");
        if (start != null) {
            try {
                LocalDate.parse(start);
            } catch (DateTimeParseException e) {
                return "start_date must look like 2026-11-26";
            }
        }
        return null;
    }

    /**
     * The first column holding a formula-like cell. Such a row is refused, not imported: the value
     * would reach names and teams people see and every later export (OWASP CSV injection).
     */
    private static String formulaColumn(CSVRecord row) {
        for (String column : COLUMNS) {
            String value = value(row, column);
            if (SpreadsheetCells.isFormulaLike(value)) {
                return column;
            }
            // Each team of "a; b" becomes a name of its own, so each must pass on its own.
            if (column.equals("teams") && value != null
                    && Arrays.stream(value.split(";")).map(String::strip).anyMatch(SpreadsheetCells::isFormulaLike)) {
                return column;
            }
        }
        return null;
    }

    private static String firstFormula(String cell) {
        return SpreadsheetCells.isFormulaLike(cell) ? cell
                : Arrays.stream(cell.split(";")).map(String::strip).filter(SpreadsheetCells::isFormulaLike).findFirst().orElseThrow();
    }

    private static String describe(char first) {
        return switch (first) {
            case '=' -> "an equals sign";
            case '+' -> "a plus sign";
            case '-' -> "a minus sign";
            case '@' -> "an at sign";
            case '\t' -> "a tab";
            default -> "a carriage return";
        };
    }

    private static HrEmployee employee(CSVRecord row) {
        String status = value(row, "status");
        String start = value(row, "start_date");
        String teams = value(row, "teams");
        return new HrEmployee(value(row, "employee_id"), value(row, "email").toLowerCase(Locale.ROOT), value(row, "first_name"),
                value(row, "last_name"), status == null || status.equalsIgnoreCase("active"), value(row, "manager_id"),
                value(row, "department"), value(row, "cost_center"), value(row, "location"), start == null ? null : LocalDate.parse(start),
                teams == null ? List.of() : Arrays.stream(teams.split(";")).map(String::strip).filter(t -> !t.isEmpty()).toList());
    }

    private static String value(CSVRecord row, String column) {
        if (!row.isMapped(column) || !row.isSet(column)) {
            return null;
        }
        String v = row.get(column);
        return v == null || v.isBlank() ? null : v.strip();
    }
}
