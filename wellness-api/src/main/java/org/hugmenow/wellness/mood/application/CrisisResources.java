package org.hugmenow.wellness.mood.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.io.StringReader;
import java.sql.Connection;
import java.util.List;
import java.util.Locale;
import org.hugmenow.platform.db.TenantData;
import org.hugmenow.platform.json.Jsons;
import org.hugmenow.platform.logging.ContextLogger;
import org.hugmenow.platform.tenancy.TenantSlug;
import org.hugmenow.tenant.settings.application.TenantSettings;
import org.hugmenow.wellness.mood.domain.CrisisResource;

/**
 * Crisis resources for a country. A tenant overrides them with the setting
 * {@code wellness.crisis-resources.<COUNTRY>} (or {@code wellness.crisis-resources} for all
 * countries), holding a JSON array of {name, phone, url, text}; otherwise built-in lists apply.
 */
@ApplicationScoped
public class CrisisResources {

    private static final ContextLogger LOG = ContextLogger.of(CrisisResources.class);
    private static final JsonObject BUILT_IN = load();

    @Inject
    TenantData data;

    @Inject
    TenantSettings settings;

    /** In a unit of work of its own. */
    public List<CrisisResource> forCountry(TenantSlug tenant, String country) {
        return data.inConnection(tenant, connection -> forCountry(connection, country));
    }

    /**
     * In the caller's unit of work (the connection {@link TenantData} handed it), so that a
     * check-in reads the person's country and the tenant's settings in one transaction.
     */
    public List<CrisisResource> forCountry(Connection connection, String country) {
        String code = country == null ? null : country.toUpperCase(Locale.ROOT);
        if (code != null) {
            var own = settings.find(connection, "wellness.crisis-resources." + code.toLowerCase(Locale.ROOT));
            if (own.isPresent()) {
                return parse(own.get().value());
            }
        }
        var tenantDefault = settings.find(connection, "wellness.crisis-resources");
        if (tenantDefault.isPresent()) {
            return parse(tenantDefault.get().value());
        }
        JsonArray builtIn = code != null && BUILT_IN.containsKey(code) ? BUILT_IN.getJsonArray(code) : BUILT_IN.getJsonArray("default");
        return from(builtIn);
    }

    private static List<CrisisResource> parse(String json) {
        try (JsonReader reader = Jsons.reader(new StringReader(json))) {
            return from(reader.readArray());
        } catch (RuntimeException e) {
            // A broken tenant setting must never hide help: fall back to the built-in list.
            LOG.warn("tenant crisis-resources setting is not a valid JSON array; using built-in resources");
            return from(BUILT_IN.getJsonArray("default"));
        }
    }

    private static List<CrisisResource> from(JsonArray array) {
        return array.stream().map(JsonValue::asJsonObject).map(o -> new CrisisResource(text(o, "name"), text(o, "phone"),
                text(o, "url"), text(o, "text"))).toList();
    }

    private static String text(JsonObject o, String key) {
        return o.containsKey(key) && o.get(key).getValueType() == JsonValue.ValueType.STRING ? o.getString(key) : null;
    }

    private static JsonObject load() {
        try (InputStream in = CrisisResources.class.getResourceAsStream("/wellness/crisis-resources.json");
             JsonReader reader = Jsons.reader(in)) {
            return reader.readObject();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("built-in crisis resources missing", e);
        }
    }
}
