package org.hugmenow.launcher.fakestripe;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An application/x-www-form-urlencoded body or query string as Stripe's API reads it: bracketed keys kept as sent. */
final class Form {

    private final Map<String, List<String>> values;

    private Form(Map<String, List<String>> values) {
        this.values = values;
    }

    static Form parse(String encoded) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        if (encoded != null && !encoded.isEmpty()) {
            for (String pair : encoded.split("&")) {
                int eq = pair.indexOf('=');
                String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                values.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
            }
        }
        return new Form(values);
    }

    String get(String key) {
        List<String> found = values.get(key);
        return found == null || found.isEmpty() ? null : found.get(0);
    }

    String get(String key, String fallback) {
        String value = get(key);
        return value == null ? fallback : value;
    }

    /** {@code prefix[k]=v} pairs as a map, e.g. metadata[tenant_id]. */
    Map<String, String> map(String prefix) {
        Map<String, String> out = new LinkedHashMap<>();
        values.forEach((key, list) -> {
            if (key.startsWith(prefix + "[") && key.endsWith("]") && key.indexOf('[', prefix.length() + 1) < 0) {
                out.put(key.substring(prefix.length() + 1, key.length() - 1), list.get(0));
            }
        });
        return out;
    }

    Map<String, List<String>> all() {
        return values;
    }
}
