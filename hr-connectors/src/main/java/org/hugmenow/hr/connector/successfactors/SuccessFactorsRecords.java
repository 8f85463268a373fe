package org.hugmenow.hr.connector.successfactors;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hugmenow.hr.connector.spi.Emails;
import org.hugmenow.hr.connector.spi.HrEmployee;
import org.hugmenow.hr.connector.spi.JsonRecordReader;

/** Maps OData v2 {@code User} entries, page after page, to employees; numbers records across pages. */
final class SuccessFactorsRecords extends JsonRecordReader {

    /** OData v2 JSON date: {@code /Date(1577836800000)/}, optionally with an offset in minutes ({@code +0000}). */
    private static final Pattern DATE = Pattern.compile("/Date\\((-?\\d{1,15})(?:([+-])(\\d{4}))?\\)/");

    SuccessFactorsRecords() {
        super("userId appears more than once");
    }

    @Override
    protected String key(JsonObject user) throws Problem {
        return text(user, "userId");
    }

    @Override
    protected HrEmployee employee(JsonObject user, String id) throws Problem {
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
        return single(entry, property, "is not a single value");
    }
}
