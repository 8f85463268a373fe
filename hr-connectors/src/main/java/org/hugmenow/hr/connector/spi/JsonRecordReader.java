package org.hugmenow.hr.connector.spi;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.util.HashSet;
import java.util.Set;

/**
 * Reads an HR system's JSON employee records: each becomes an employee or is skipped with its
 * reason. A skipped record is named by its key or, without one, by its position ("record 7",
 * counted across every call, so across pages): never by its personal data. One reader serves one
 * fetch.
 */
public abstract class JsonRecordReader {

    private final String repeatedKey;
    private final Set<String> seen = new HashSet<>();
    private int count;

    /** {@code repeatedKey}: why a key met again is skipped; null lets it through (the sync takes it once). */
    protected JsonRecordReader(String repeatedKey) {
        this.repeatedKey = repeatedKey;
    }

    /** Hands each record to the sink; returns how many were skipped as repeated keys. */
    public final int read(Iterable<JsonValue> records, EmployeeSink sink) {
        int repeated = 0;
        for (JsonValue value : records) {
            String reference = "record " + (++count);
            if (!(value instanceof JsonObject record)) {
                sink.skipped(reference, notARecord());
                continue;
            }
            try {
                String key = key(record);
                if (key != null) {
                    reference = key;
                }
                HrEmployee employee = employee(record, key);
                if (repeatedKey != null && !seen.add(key)) {
                    repeated++;
                    sink.skipped(reference, repeatedKey);
                    continue;
                }
                sink.employee(employee);
            } catch (Problem problem) {
                sink.skipped(reference, problem.getMessage());
            }
        }
        return repeated;
    }

    /** The record's key in the HR system, null when it has none. */
    protected abstract String key(JsonObject record) throws Problem;

    /** The employee the record describes; a record without a key is a {@link Problem}. */
    protected abstract HrEmployee employee(JsonObject record, String key) throws Problem;

    /** Why a value that is not a JSON object is skipped. */
    protected String notARecord() {
        return "not a JSON object";
    }

    /** The answer's list of records under {@code field}, or a failure saying what the answer lacked. */
    protected static JsonArray list(JsonStructure answer, String field, String failure) throws ConnectorFailure {
        if (answer instanceof JsonObject object && object.get(field) instanceof JsonArray records) {
            return records;
        }
        throw new ConnectorFailure(ConnectorFailure.Kind.BAD_RESPONSE, failure);
    }

    /** A string or number as trimmed text; null for anything else, and for blank text. */
    protected static String text(JsonValue value) {
        if (value instanceof JsonString string) {
            String text = string.getString().strip();
            return text.isEmpty() ? null : text;
        }
        if (value instanceof JsonNumber number) {
            return number.isIntegral() ? number.bigIntegerValue().toString() : number.bigDecimalValue().toPlainString();
        }
        return null;
    }

    /**
     * A field holding one value (text, number or boolean) as trimmed text, null when absent, null
     * or blank; a field holding several values is a {@link Problem} with {@code severalValues}.
     */
    protected static String single(JsonObject record, String field, String severalValues) throws Problem {
        JsonValue value = record.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        String text = switch (value.getValueType()) {
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> ((JsonNumber) value).toString();
            case TRUE -> "true";
            case FALSE -> "false";
            default -> throw new Problem(field + " " + severalValues);
        };
        text = text.strip();
        return text.isEmpty() ? null : text;
    }

    /** Why one record cannot be read; never carries the record's personal data. */
    protected static final class Problem extends Exception {
        public Problem(String reason) {
            super(reason, null, false, false);
        }
    }
}
