package org.hugmenow.hr.connector.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.hugmenow.hr.connector.domain.HrConnection;
import org.hugmenow.hr.connector.domain.HrConnectionDraft;
import org.hugmenow.hr.connector.domain.HrConnectionInput;
import org.hugmenow.hr.connector.spi.HrConnectorFactory;
import org.hugmenow.hr.connector.spi.Uploads;
import org.hugmenow.platform.refusal.Refusal;

/**
 * Checks a connection as an admin submits it, every field at once, and turns it into what the store
 * saves. The REST API and the console both go through here, so they accept and refuse the same.
 */
public final class ConnectionRules {

    public static final int MAX_LABEL = 100;
    public static final int MAX_SETTINGS = 30;
    public static final int MAX_SETTING_NAME = 64;
    public static final int MAX_SETTING_VALUE = 8192;
    public static final int MIN_SCHEDULE = 15;
    public static final int MAX_SCHEDULE = 7 * 24 * 60;
    public static final double DEFAULT_SHARE = 0.10;

    private ConnectionRules() {
    }

    /** {@code existing} is the connection an update replaces, or null for a new one. */
    public static HrConnectionDraft validated(HrConnectionInput r, HrConnection existing, List<HrConnectorFactory> factories) {
        Errors v = new Errors();
        Optional<HrConnectorFactory> factory = factories.stream().filter(f -> f.id().equals(r.connector())).findFirst();
        if (r.connector() == null || r.connector().isBlank()) {
            v.add("connector", "is required");
        } else if (factory.isEmpty()) {
            v.add("connector", "is not a connector; one of " + new TreeSet<>(factories.stream().map(HrConnectorFactory::id).toList()));
        }
        if (r.label() == null || r.label().isBlank()) {
            v.add("label", "is required");
        } else if (r.label().length() > MAX_LABEL) {
            v.add("label", "must be at most " + MAX_LABEL + " characters");
        }
        boolean connectorChanged = existing != null && !existing.connector().equals(r.connector());
        Map<String, String> settings = r.settings() == null && existing == null ? Map.of() : r.settings();
        if (settings == null) {
            v.require(!connectorChanged, "settings", "are required when the connector changes");
        } else {
            checkSettings(v, settings, factory);
        }
        boolean upload = Uploads.takesUploads(r.connector());
        if (r.scheduleMinutes() != null) {
            v.require(!upload, "scheduleMinutes", "a CSV connection runs from uploads, not on a schedule")
                    .require(r.scheduleMinutes() >= MIN_SCHEDULE && r.scheduleMinutes() <= MAX_SCHEDULE, "scheduleMinutes",
                            "must be from " + MIN_SCHEDULE + " to " + MAX_SCHEDULE + " minutes, or left out for runs on demand only");
        }
        Double share = r.maxDeactivateShare();
        v.require(share == null || (share >= 0 && share <= 1), "maxDeactivateShare", "must be from 0 to 1 (0.1 = 10 % of active people)");
        v.throwIfInvalid();
        return new HrConnectionDraft(r.connector(), r.label().strip(), settings == null ? null : set(settings), r.scheduleMinutes(),
                share == null ? DEFAULT_SHARE : share, r.enabled() == null || r.enabled());
    }

    private static void checkSettings(Errors v, Map<String, String> settings, Optional<HrConnectorFactory> factory) {
        v.require(settings.size() <= MAX_SETTINGS, "settings", "may hold at most " + MAX_SETTINGS + " entries");
        settings.forEach((name, value) -> {
            v.require(name.length() <= MAX_SETTING_NAME, "settings", "names must be at most " + MAX_SETTING_NAME + " characters")
                    .require(value == null || value.length() <= MAX_SETTING_VALUE, "settings." + name,
                            "must be at most " + MAX_SETTING_VALUE + " characters");
        });
        factory.ifPresent(f -> {
            boolean upload = Uploads.takesUploads(f.id());
            v.require(!upload || !settings.containsKey(Uploads.CONTENT), "settings." + Uploads.CONTENT,
                    "comes with each upload, not with the connection");
            for (String name : new TreeSet<>(required(f))) {
                v.require(!blank(settings.get(name)), "settings." + name, "is required by the " + f.id() + " connector");
            }
        });
    }

    /** The settings an admin enters for a connector: the CSV connector's content comes with each upload. */
    public static Set<String> required(HrConnectorFactory factory) {
        Set<String> required = new TreeSet<>(factory.requiredSettings());
        if (Uploads.takesUploads(factory.id())) {
            required.remove(Uploads.CONTENT);
        }
        return required;
    }

    /** A blank value is a setting not given. */
    private static Map<String, String> set(Map<String, String> settings) {
        Map<String, String> set = new TreeMap<>();
        settings.forEach((name, value) -> {
            if (!blank(value)) {
                set.put(name, value.strip());
            }
        });
        return set;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static final class Errors {
        private final List<Refusal.FieldError> errors = new ArrayList<>();

        Errors require(boolean condition, String field, String message) {
            if (!condition) {
                add(field, message);
            }
            return this;
        }

        void add(String field, String message) {
            errors.add(new Refusal.FieldError(field, message));
        }

        void throwIfInvalid() {
            if (!errors.isEmpty()) {
                throw Refusal.invalid(errors);
            }
        }
    }
}
