package org.hugmenow.console.layout.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The person's language and time zone: chosen with the switch in the header (kept in two plain
 * cookies, which hold no personal data), else the browser's language and UTC. Dates and numbers
 * on every page are written through {@link #dateTime} and {@link #number}.
 */
@Named("locale")
@RequestScoped
public class LocaleView {

    static final String LANGUAGE_COOKIE = "hm_lang";
    static final String ZONE_COOKIE = "hm_zone";
    static final List<String> LANGUAGES = List.of("en", "de");
    static final List<String> ZONES = List.of("UTC", "Europe/Berlin", "Europe/Vienna", "Europe/Zurich", "Europe/London",
            "America/New_York", "America/Los_Angeles", "Asia/Tokyo", "Australia/Sydney");

    private String language;
    private String zone;

    public Locale getLocale() {
        return Locale.forLanguageTag(getLanguage());
    }

    public String getLanguage() {
        if (language == null) {
            language = cookie(LANGUAGE_COOKIE).filter(LANGUAGES::contains).orElseGet(this::browserLanguage);
        }
        return language;
    }

    public void setLanguage(String chosen) {
        this.language = LANGUAGES.contains(chosen) ? chosen : "en";
    }

    public String getZone() {
        if (zone == null) {
            zone = cookie(ZONE_COOKIE).filter(ZONES::contains).orElse("UTC");
        }
        return zone;
    }

    public void setZone(String chosen) {
        this.zone = ZONES.contains(chosen) ? chosen : "UTC";
    }

    public List<String> getLanguages() {
        return LANGUAGES;
    }

    public List<String> getZones() {
        return ZONES;
    }

    /** Saves the choice and shows the same page again, in the new language. */
    public void apply() throws IOException {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletResponse response = (HttpServletResponse) context.getResponse();
        HttpServletRequest request = (HttpServletRequest) context.getRequest();
        response.addCookie(cookie(request, LANGUAGE_COOKIE, getLanguage()));
        response.addCookie(cookie(request, ZONE_COOKIE, getZone()));
        context.redirect(request.getRequestURI());
    }

    public String dateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale()).withZone(zoneId()).format(instant);
    }

    /** An amount in the currency's smallest unit (cents), as this locale writes money. */
    public String money(long minorUnits, String currency) {
        java.text.NumberFormat format = java.text.NumberFormat.getCurrencyInstance(getLocale());
        try {
            java.util.Currency unit = java.util.Currency.getInstance(currency.toUpperCase(java.util.Locale.ROOT));
            format.setCurrency(unit);
            return format.format(java.math.BigDecimal.valueOf(minorUnits, Math.max(0, unit.getDefaultFractionDigits())));
        } catch (IllegalArgumentException | NullPointerException unknownCurrency) {
            return number(minorUnits) + " " + currency;
        }
    }

    public String number(long value) {
        return java.text.NumberFormat.getIntegerInstance(getLocale()).format(value);
    }

    private ZoneId zoneId() {
        try {
            return ZoneId.of(getZone());
        } catch (DateTimeException e) {
            return ZoneId.of("UTC");
        }
    }

    private String browserLanguage() {
        Locale browser = FacesContext.getCurrentInstance().getExternalContext().getRequestLocale();
        return browser != null && LANGUAGES.contains(browser.getLanguage()) ? browser.getLanguage() : "en";
    }

    private static java.util.Optional<String> cookie(String name) {
        Map<String, Object> cookies = FacesContext.getCurrentInstance().getExternalContext().getRequestCookieMap();
        Object found = cookies.get(name);
        return found instanceof Cookie c ? java.util.Optional.of(c.getValue()) : java.util.Optional.empty();
    }

    private static Cookie cookie(HttpServletRequest request, String name, String value) {
        Cookie cookie = new Cookie(name, value);
        cookie.setPath(request.getContextPath() + "/console");
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setMaxAge(365 * 24 * 3600);
        cookie.setAttribute("SameSite", "Lax");
        return cookie;
    }
}
