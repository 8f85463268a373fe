package org.hugmenow.console.settings.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hugmenow.console.shared.Messages;
import org.hugmenow.console.signin.application.SignedInUser;
import org.hugmenow.platform.json.Jsons;
import org.hugmenow.platform.refusal.Refusal;
import org.hugmenow.platform.security.Roles;
import org.hugmenow.tenant.settings.application.KnownSettings;
import org.hugmenow.tenant.settings.application.SettingsService;
import org.hugmenow.wellness.mood.application.CrisisResources;
import org.hugmenow.wellness.mood.domain.CrisisResource;

/**
 * HR admins' crisis resources, one country at a time: what employees there will see (the
 * organization's own list or the built-in one) and a form of entries to replace it, checked by
 * {@link KnownSettings} (the same rules as the settings API) and stored as the country's setting.
 */
@Named("crisis")
@ViewScoped
public class CrisisResourcesView implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Countries offered; "" is the organization's list for every country without its own. */
    static final List<String> COUNTRIES = List.of("DE", "AT", "CH", "GB", "IE", "US", "CA", "FR", "NL", "ES", "IT", "PL", "");

    @Inject CrisisResources resources;
    @Inject SettingsService settings;
    @Inject SignedInUser user;

    private String country = "DE";
    private List<Row> rows;

    /** One editable entry. */
    public static class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private String name;
        private String phone;
        private String url;
        private String text;

        public Row() {
        }

        Row(CrisisResource r) {
            name = r.name();
            phone = r.phone();
            url = r.url();
            text = r.text();
        }

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getPhone() { return phone; }
        public void setPhone(String phone) { this.phone = phone; }
        public String getUrl() { return url; }
        public void setUrl(String url) { this.url = url; }
        public String getText() { return text; }
        public void setText(String text) { this.text = text; }
    }

    public List<String> getCountries() {
        return COUNTRIES;
    }

    private String key() {
        return KnownSettings.crisisKey(country.isEmpty() ? null : country);
    }

    /** What an employee in the chosen country sees now. */
    public List<CrisisResource> getShown() {
        user.require(Roles.HR_ADMIN);
        return resources.forCountry(user.slug(), country.isEmpty() ? null : country);
    }

    /** ownCountry, ownAll or builtIn: where the shown list comes from. */
    public String getSource() {
        user.require(Roles.HR_ADMIN);
        if (settings.find(user.slug(), key()).isPresent()) {
            return country.isEmpty() ? "ownAll" : "ownCountry";
        }
        return !country.isEmpty() && settings.find(user.slug(), KnownSettings.CRISIS_RESOURCES).isPresent() ? "ownAll" : "builtIn";
    }

    public List<Row> getRows() {
        if (rows == null) {
            rows = new ArrayList<>(getShown().stream().map(Row::new).toList());
        }
        return rows;
    }

    public void choose() {
        user.require(Roles.HR_ADMIN);
        rows = null;
    }

    public void addRow() {
        user.require(Roles.HR_ADMIN);
        getRows().add(new Row());
    }

    public void removeRow(int index) {
        user.require(Roles.HR_ADMIN);
        if (index >= 0 && index < getRows().size()) {
            rows.remove(index);
        }
    }

    public void save() {
        user.require(Roles.HR_ADMIN);
        List<Refusal.FieldError> errors = new ArrayList<>();
        JsonArrayBuilder array = Jsons.array();
        for (int i = 0; i < getRows().size(); i++) {
            Row r = rows.get(i);
            errors.addAll(KnownSettings.entry(Messages.text("crisis.entry", i + 1) + " ", blank(r.name), blank(r.phone), blank(r.url), blank(r.text)));
            JsonObjectBuilder o = Jsons.object();
            put(o, "name", r.name);
            put(o, "phone", r.phone);
            put(o, "url", r.url);
            put(o, "text", r.text);
            array.add(o);
        }
        if (!errors.isEmpty()) {
            Messages.refused(Refusal.invalid(errors));
            return;
        }
        try {
            settings.put(user.slug(), key(), array.build().toString(), user.getUsername());
            Messages.info("crisis.saved");
            rows = null;
        } catch (Refusal refusal) {
            Messages.refused(refusal);
        }
    }

    public void reset() {
        user.require(Roles.HR_ADMIN);
        settings.delete(user.slug(), key(), user.getUsername());
        Messages.info("crisis.reset");
        rows = null;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static void put(JsonObjectBuilder o, String key, String value) {
        if (blank(value) == null) {
            o.addNull(key);
        } else {
            o.add(key, value.strip());
        }
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        String c = country == null ? "" : country.strip().toUpperCase(Locale.ROOT);
        this.country = COUNTRIES.contains(c) ? c : "DE";
    }
}
