package org.hugmenow.hr.connector.spi;

import java.net.URI;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Checks a connector's settings before any call, so a misconfiguration fails clearly and at once. */
public final class Settings {

    private Settings() {
    }

    /** Throws {@link ConnectorFailure.Kind#MISCONFIGURED} naming every required setting that is missing or blank. */
    public static void require(String vendor, Map<String, String> settings, Set<String> required) throws ConnectorFailure {
        Set<String> missing = new TreeSet<>();
        for (String key : required) {
            String value = settings.get(key);
            if (value == null || value.isBlank()) {
                missing.add(key);
            }
        }
        if (!missing.isEmpty()) {
            throw new ConnectorFailure(ConnectorFailure.Kind.MISCONFIGURED, vendor + " connector needs the settings " + missing);
        }
    }

    /** The base URL without a trailing slash; it must be http(s). */
    public static String baseUrl(String vendor, String value) throws ConnectorFailure {
        try {
            URI uri = URI.create(value.strip());
            if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme())) {
                throw new IllegalArgumentException("scheme");
            }
            String text = uri.toString();
            return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
        } catch (IllegalArgumentException e) {
            throw new ConnectorFailure(ConnectorFailure.Kind.MISCONFIGURED, vendor + " connector's baseUrl is not an http(s) URL");
        }
    }
}
