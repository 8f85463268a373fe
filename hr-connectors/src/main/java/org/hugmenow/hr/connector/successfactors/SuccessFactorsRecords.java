package org.hugmenow.hr.connector.successfactors;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hugmenow.hr.connector.spi.Emails;
import org.hugmenow.hr.connector.spi.EmployeeSink;
import org.hugmenow.hr.connector.spi.HrEmployee;

/** Maps OData v2 {@code User} entries, page after page, to employees; numbers records across pages. */
final class SuccessFactorsRecords {

    /** OData v2 JSON date: {@code /Date(1577836800000)/}, optionally with an offset in minutes ({@code +0000}). */
    private static final Pattern DATE = Pattern.compile("/Date\\((-?\\d{1,15})(?:([+-])(\\d{4}))?\\)/");

    private final Set<String> seen = new HashSet<>();
    private int count;

    void read(JsonArray results, EmployeeSink sink) {
        for (JsonValue entry : results) {
            String reference = "record " + (++count);
            if (!(entry instanceof JsonObject user)) {
                sink.skipped(reference, "not a JSON object");
                continue;
            }
            try {
                String id = text(user, "userId");
                if (id != null) {
                    reference = id;
                }
                HrEmployee employee = employee(user, id);
                if (!seen.add(id)) {
                    sink.skipped(reference, "userId appears more than once");
                    continue;
                }
                sink.employee(employee);
            } catch (Problem problem) {
                sink.skipped(reference, problem.getMessage());
            }
        }
    }

    private static HrEmployee employee(JsonObject user, String id) throws Problem {
        if (id == null) {
            throw new Problem("userId is missing");
        }
        String email = text(user, "email");
        if (!Emails.plausible(email)) {
            throw new Problem("email is missing or not an email address");
        }
        String manager = user.get("manager") instanceof JsonObject expanded ? text(expanded, "userId") : null;
        return new HrEmployee(id, email, text(user, "firstName"), text(user, "lastName"), active(user), manager,
                text(user, "department"), costCenter(user), text(user, "location"), date(user, "hireDate"), List.of());
    }

    /** t = active, f = inactive; the external (T/F) and suite (e/d) codes and the spelled-out names too. */
    private static boolean active(JsonObject user) throws Problem {
        String status = text(user, "status");
        return switch (status == null ? "" : status.toLowerCase(Locale.ROOT)) {
            case "t", "e", "active", "active_external", "active_external_suite" -> true;
            case "f", "d", "inactive", "inactive_external", "inactive_external_suite" -> false;
            default -> throw new Problem("status is missing or not a known user status");
        };
    }

    /** The current job's cost center, from {@code empInfo/jobInfoNav} (Employee Central); null without it. */
    private static String costCenter(JsonObject user) throws Problem {
        if (!(user.get("empInfo") instanceof JsonObject employment)) {
            return null;
        }
        JsonValue jobs = employment.get("jobInfoNav");
        if (jobs instanceof JsonObject wrapper) {
            jobs = wrapper.get("results");
        }
        if (jobs instanceof JsonArray list) {
            for (JsonValue job : list) {
                if (job instanceof JsonObject current) {
                    String costCenter = text(current, "costCenter");
                    if (costCenter != null) {
                        return costCenter;
                    }
                }
            }
        }
        return null;
    }

    private static LocalDate date(JsonObject user, String field) throws Problem {
        String value = text(user, field);
        if (value == null) {
            return null;
        }
        Matcher matcher = DATE.matcher(value);
        if (!matcher.matches()) {
            throw new Problem(field + " is not an OData date");
        }
        int minutes = matcher.group(2) == null ? 0 : Integer.parseInt(matcher.group(3)) * ("-".equals(matcher.group(2)) ? -1 : 1);
        if (Math.abs(minutes) > 18 * 60) {
            throw new Problem(field + " has an impossible time-zone offset");
        }
        return Instant.ofEpochMilli(Long.parseLong(matcher.group(1))).atOffset(ZoneOffset.ofTotalSeconds(minutes * 60)).toLocalDate();
    }

    /** A property's text, or null when absent, null or blank. */
    private static String text(JsonObject entry, String property) throws Problem {
        JsonValue value = entry.get(property);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        String text = switch (value.getValueType()) {
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> ((JsonNumber) value).toString();
            case TRUE -> "true";
            case FALSE -> "false";
            default -> throw new Problem(property + " is not a single value");
        };
        text = text.strip();
        return text.isEmpty() ? null : text;
    }

    /** Why one entry cannot be read; never carries the entry's personal data. */
    private static final class Problem extends Exception {
        Problem(String reason) {
            super(reason, null, false, false);
        }
    }
}
