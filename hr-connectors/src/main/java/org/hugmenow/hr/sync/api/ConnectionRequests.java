package org.hugmenow.hr.sync.api;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.hugmenow.hr.connector.domain.HrConnection;
import org.hugmenow.hr.connector.domain.HrConnectionDraft;
import org.hugmenow.hr.connector.spi.HrConnectorFactory;
import org.hugmenow.hr.connector.spi.Uploads;
import org.hugmenow.platform.web.Validation;

/** Checks a connection as an admin submits it, every field at once, and turns it into what the store saves. */
final class ConnectionRequests {

    static final int MAX_LABEL = 100;
    static final int MAX_SETTINGS = 30;
    static final int MAX_SETTING_NAME = 64;
    static final int MAX_SETTING_VALUE = 8192;
    static final int MIN_SCHEDULE = 15;
    static final int MAX_SCHEDULE = 7 * 24 * 60;
    static final double DEFAULT_SHARE = 0.10;

    private ConnectionRequests() {
    }

    /** {@code existing} is the connection a PUT replaces, or null for a new one. */
    static HrConnectionDraft validated(HrConnectionResource.ConnectionRequest r, HrConnection existing, List<HrConnectorFactory> factories) {
        new Validation().require(r != null, "body", "is required").throwIfInvalid();
        Validation v = new Validation();
        Optional<HrConnectorFactory> factory = factories.stream().filter(f -> f.id().equals(r.connector())).findFirst();
        if (r.connector() == null || r.connector().isBlank()) {
            v.add("connector", "is required");
        } else if (factory.isEmpty()) {
            v.add("connector", "is not a connector; one of " + new TreeSet<>(factories.stream().map(HrConnectorFactory::id).toList()));
        }
        v.requireText(r.label(), "label", MAX_LABEL);
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

    private static void checkSettings(Validation v, Map<String, String> settings, Optional<HrConnectorFactory> factory) {
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

    /** The CSV connector's content comes with each upload, not with the connection. */
    private static Set<String> required(HrConnectorFactory factory) {
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
}
