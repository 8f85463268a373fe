package org.hugmenow.tenant.settings.application;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.hugmenow.platform.json.Jsons;
import org.hugmenow.platform.refusal.Refusal;

/**
 * The settings the code reads, each with its rule: the one registry both the REST API and the
 * console check a new value against. A key not listed here is read by nothing.
 */
public final class KnownSettings {

    /** Read by HugService: how many hugs a person may send a day. */
    public static final String HUG_ALLOWANCE = "wellness.hugs.daily-allowance";
    /** Read by the SCIM user repository: what SCIM DELETE does to a person's own data. */
    public static final String DEPROVISIONING = "directory.deprovisioning";
    /** Read by CrisisResources: the organization's crisis resources for every country. */
    public static final String CRISIS_RESOURCES = "wellness.crisis-resources";
    /** Followed by ".<country>" (ISO 3166-1 alpha-2, lowercase): the resources for one country. */
    public static final String CRISIS_RESOURCES_PREFIX = CRISIS_RESOURCES + ".";

    private static final Pattern COUNTRY = Pattern.compile("[a-z]{2}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()\\-/]{1,29}");
    private static final Set<String> ENTRY_FIELDS = Set.of("name", "phone", "url", "text");

    /** A known key, or a family of keys, with what it means and what a value must be. */
    public enum Kind {
        HUG_ALLOWANCE("Hugs a person may send per day: a whole number from 1 to 1000000.") {
            @Override
            void check(String value, List<Refusal.FieldError> errors) {
                try {
                    int n = Integer.parseInt(value.strip());
                    if (n < 1 || n > 1_000_000) {
                        errors.add(new Refusal.FieldError("value", "must be from 1 to 1000000"));
                    }
                } catch (NumberFormatException e) {
                    errors.add(new Refusal.FieldError("value", "must be a whole number from 1 to 1000000"));
                }
            }
        },
        DEPROVISIONING("What SCIM DELETE does to a person's own data: keep (default) or erase.") {
            @Override
            void check(String value, List<Refusal.FieldError> errors) {
                if (!"keep".equals(value) && !"erase".equals(value)) {
                    errors.add(new Refusal.FieldError("value", "must be keep or erase"));
                }
            }
        },
        CRISIS_RESOURCES("Crisis resources shown to employees: a JSON array of {name, phone, url, text}.") {
            @Override
            void check(String value, List<Refusal.FieldError> errors) {
                crisisResources(value, errors);
            }
        };

        private final String description;

        Kind(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }

        abstract void check(String value, List<Refusal.FieldError> errors);
    }

    private KnownSettings() {
    }

    /** The kind of a key, or empty when nothing reads it. */
    public static Optional<Kind> kindOf(String key) {
        if (key == null) {
            return Optional.empty();
        }
        if (key.equals(HUG_ALLOWANCE)) {
            return Optional.of(Kind.HUG_ALLOWANCE);
        }
        if (key.equals(DEPROVISIONING)) {
            return Optional.of(Kind.DEPROVISIONING);
        }
        if (key.equals(CRISIS_RESOURCES) || key.startsWith(CRISIS_RESOURCES_PREFIX)
                && COUNTRY.matcher(key.substring(CRISIS_RESOURCES_PREFIX.length())).matches()) {
            return Optional.of(Kind.CRISIS_RESOURCES);
        }
        return Optional.empty();
    }

    /** Every problem with setting {@code key} to {@code value}; empty when it may be stored. */
    public static List<Refusal.FieldError> problems(String key, String value) {
        List<Refusal.FieldError> errors = new ArrayList<>();
        Optional<Kind> kind = kindOf(key);
        if (kind.isEmpty()) {
            errors.add(new Refusal.FieldError("key", "is not a known setting"));
        }
        if (value == null) {
            errors.add(new Refusal.FieldError("value", "is required"));
        } else if (value.length() > 4000) {
            errors.add(new Refusal.FieldError("value", "must be at most 4000 characters"));
        } else {
            kind.ifPresent(k -> k.check(value, errors));
        }
        return errors;
    }

    /** The setting key for one country's crisis resources, or the all-countries key for null. */
    public static String crisisKey(String country) {
        return country == null ? CRISIS_RESOURCES : CRISIS_RESOURCES_PREFIX + country.toLowerCase(java.util.Locale.ROOT);
    }

    static void crisisResources(String value, List<Refusal.FieldError> errors) {
        JsonArray array;
        try (JsonReader reader = Jsons.reader(new StringReader(value))) {
            array = reader.readArray();
        } catch (RuntimeException e) {
            errors.add(new Refusal.FieldError("value", "must be a JSON array of {name, phone, url, text}"));
            return;
        }
        if (array.isEmpty() || array.size() > 20) {
            errors.add(new Refusal.FieldError("value", "must hold 1 to 20 resources"));
        }
        for (int i = 0; i < array.size(); i++) {
            String at = "value[" + i + "].";
            if (array.get(i).getValueType() != JsonValue.ValueType.OBJECT) {
                errors.add(new Refusal.FieldError("value[" + i + "]", "must be an object {name, phone, url, text}"));
                continue;
            }
            JsonObject o = array.getJsonObject(i);
            o.keySet().stream().filter(k -> !ENTRY_FIELDS.contains(k)).sorted()
                    .forEach(k -> errors.add(new Refusal.FieldError(at + k, "is not a known field")));
            String name = text(o, "name", at, errors);
            String phone = text(o, "phone", at, errors);
            String url = text(o, "url", at, errors);
            String text = text(o, "text", at, errors);
            entry(at, name, phone, url, text).forEach(errors::add);
        }
    }

    /**
     * The rules for one crisis resource: a name, a phone number or an https address (or both),
     * and lengths a screen can show. Fields are prefixed with {@code at} (e.g. "value[0].").
     */
    public static List<Refusal.FieldError> entry(String at, String name, String phone, String url, String text) {
        List<Refusal.FieldError> errors = new ArrayList<>();
        if (name == null || name.isBlank()) {
            errors.add(new Refusal.FieldError(at + "name", "is required"));
        } else if (name.length() > 100) {
            errors.add(new Refusal.FieldError(at + "name", "must be at most 100 characters"));
        }
        boolean hasPhone = phone != null && !phone.isBlank();
        boolean hasUrl = url != null && !url.isBlank();
        if (hasPhone && !PHONE.matcher(phone.strip()).matches()) {
            errors.add(new Refusal.FieldError(at + "phone", "must be a phone number: digits, spaces, '-', '/', '(', ')', an optional leading '+'"));
        }
        if (hasUrl && !httpsUrl(url.strip())) {
            errors.add(new Refusal.FieldError(at + "url", "must be an https:// address"));
        }
        if (!hasPhone && !hasUrl) {
            errors.add(new Refusal.FieldError(at + "phone", "a phone number or an address is required"));
        }
        if (text != null && text.length() > 500) {
            errors.add(new Refusal.FieldError(at + "text", "must be at most 500 characters"));
        }
        return errors;
    }

    private static boolean httpsUrl(String url) {
        if (url.length() > 300) {
            return false;
        }
        try {
            URI uri = new URI(url);
            return "https".equals(uri.getScheme()) && uri.getHost() != null && uri.getUserInfo() == null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static String text(JsonObject o, String key, String at, List<Refusal.FieldError> errors) {
        if (!o.containsKey(key) || o.isNull(key)) {
            return null;
        }
        if (o.get(key).getValueType() != JsonValue.ValueType.STRING) {
            errors.add(new Refusal.FieldError(at + key, "must be a string or null"));
            return null;
        }
        return o.getString(key);
    }
}
