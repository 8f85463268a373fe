package org.hugmenow.realm;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Realm templates from the keycloak-realm module. Placeholders are {@code ${NAME}}; values are
 * JSON-escaped before substitution, so a display name cannot inject JSON.
 */
public final class RealmTemplate {

    public static final String TENANT = "keycloak-realm/tenant-realm.json";
    public static final String PLATFORM = "keycloak-realm/platform-realm.json";
    public static final String DEV_CLIENT = "keycloak-realm/dev-client.json";

    private RealmTemplate() {
    }

    public static JsonObject render(String resource, Map<String, String> values) {
        String text = read(resource);
        for (Map.Entry<String, String> value : values.entrySet()) {
            text = text.replace("${" + value.getKey() + "}", jsonEscape(value.getValue()));
        }
        if (text.contains("${")) {
            throw new IllegalArgumentException("template " + resource + " has unfilled placeholders");
        }
        return Json.createReader(new StringReader(text)).readObject();
    }

    /** The console's sign-in client as {@code template} declares it, for realms made before it was added. */
    public static final String CONSOLE_CLIENT_ID = "hugmenow-console";

    /** The employee web app's (and mobile apps') public PKCE client in every tenant realm (ADR 0017). */
    public static final String WEB_CLIENT_ID = "hugmenow-web";

    /** One client of a rendered template, by client id. */
    public static JsonObject client(String resource, Map<String, String> values, String clientId) {
        return render(resource, values).getJsonArray("clients").stream().map(jakarta.json.JsonValue::asJsonObject)
                .filter(c -> clientId.equals(c.getString("clientId", ""))).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("template " + resource + " declares no client " + clientId));
    }

    private static String read(String resource) {
        try (InputStream in = RealmTemplate.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("realm template " + resource + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String jsonEscape(String value) {
        String quoted = Json.createValue(value).toString();
        return quoted.substring(1, quoted.length() - 1);
    }
}
