package org.hugmenow.hr.sync.persistence;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hugmenow.hr.connector.spi.HrEmployee;
import org.hugmenow.hr.sync.domain.Attribute;
import org.hugmenow.hr.sync.domain.Change;
import org.hugmenow.platform.json.Jsons;

/**
 * A planned change as stored JSON: the whole employee record (so applying needs no second fetch),
 * an update's changed attributes old → new, and a rekey's old and new key. Attribute names are
 * the enum's in lowercase, as in the API.
 */
public final class ChangeCodec {

    private static final JsonProvider JSON = JsonProvider.provider();

    private ChangeCodec() {
    }

    public static String kind(Change change) {
        if (change instanceof Change.Create) {
            return "create";
        }
        if (change instanceof Change.Update) {
            return "update";
        }
        if (change instanceof Change.Deactivate) {
            return "deactivate";
        }
        return "rekey";
    }

    public static String encode(Change change) {
        JsonObjectBuilder json = Jsons.object().add("kind", kind(change)).add("externalId", change.externalId());
        if (change instanceof Change.Create create) {
            json.add("employee", employee(create.employee()));
        } else if (change instanceof Change.Update update) {
            JsonObjectBuilder changes = Jsons.object();
            update.changes().forEach((attribute, fromTo) -> changes.add(name(attribute),
                    Jsons.array().add(value(fromTo[0])).add(value(fromTo[1]))));
            json.add("employee", employee(update.employee())).add("changes", changes);
        } else if (change instanceof Change.Rekey rekey) {
            json.add("oldExternalId", rekey.oldExternalId()).add("email", value(rekey.email()));
        }
        return json.build().toString();
    }

    public static Change decode(String text) {
        JsonObject json = Jsons.parseObject(text);
        String externalId = json.getString("externalId");
        switch (json.getString("kind")) {
            case "create":
                return new Change.Create(employee(json.getJsonObject("employee")));
            case "update":
                Map<Attribute, Object[]> changes = new EnumMap<>(Attribute.class);
                json.getJsonObject("changes").forEach((name, fromTo) -> changes.put(Attribute.valueOf(name.toUpperCase(Locale.ROOT)),
                        new Object[] {plain(((JsonArray) fromTo).get(0)), plain(((JsonArray) fromTo).get(1))}));
                return new Change.Update(externalId, changes, employee(json.getJsonObject("employee")));
            case "deactivate":
                return new Change.Deactivate(externalId);
            case "rekey":
                return new Change.Rekey(json.getString("oldExternalId"), externalId, text(json, "email"));
            default:
                throw new IllegalStateException("unknown change kind " + json.getString("kind"));
        }
    }

    /** Attribute values for display: text, booleans, and sorted lists of team names. */
    public static Object plain(JsonValue value) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        return switch (value.getValueType()) {
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case STRING -> ((JsonString) value).getString();
            case ARRAY -> ((JsonArray) value).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
            default -> value.toString();
        };
    }

    static String name(Attribute attribute) {
        return attribute.name().toLowerCase(Locale.ROOT);
    }

    private static JsonObjectBuilder employee(HrEmployee e) {
        JsonArrayBuilder teams = Jsons.array();
        e.teams().forEach(teams::add);
        return Jsons.object().add("externalId", e.externalId()).add("email", value(e.email())).add("firstName", value(e.firstName()))
                .add("lastName", value(e.lastName())).add("active", e.active()).add("managerExternalId", value(e.managerExternalId()))
                .add("department", value(e.department())).add("costCenter", value(e.costCenter())).add("location", value(e.location()))
                .add("startDate", value(e.startDate())).add("teams", teams);
    }

    private static HrEmployee employee(JsonObject json) {
        String start = text(json, "startDate");
        List<String> teams = json.getJsonArray("teams").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
        return new HrEmployee(json.getString("externalId"), text(json, "email"), text(json, "firstName"), text(json, "lastName"),
                json.getBoolean("active"), text(json, "managerExternalId"), text(json, "department"), text(json, "costCenter"),
                text(json, "location"), start == null ? null : LocalDate.parse(start), teams);
    }

    private static JsonValue value(Object value) {
        if (value == null) {
            return JsonValue.NULL;
        }
        if (value instanceof Boolean b) {
            return b ? JsonValue.TRUE : JsonValue.FALSE;
        }
        if (value instanceof Collection<?> values) {
            JsonArrayBuilder array = Jsons.array();
            values.stream().map(String::valueOf).sorted().forEach(array::add);
            return array.build();
        }
        return JSON.createValue(value.toString());
    }

    private static String text(JsonObject json, String name) {
        return json.isNull(name) ? null : json.getString(name);
    }
}
