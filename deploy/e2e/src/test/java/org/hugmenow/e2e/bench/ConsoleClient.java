package org.hugmenow.e2e.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One browser's worth of console over plain HTTP: its own cookie jar (the app's {@code hm_console} and
 * {@code JSESSIONID}, Keycloak's login cookies), redirects followed by hand, and the sign-in a person
 * does: the console's sign-in URL, Keycloak's real login page, its form POSTed with username and password,
 * back through {@code /console/callback} to the console's home page. Not thread-safe: one client per
 * simulated person.
 */
final class ConsoleClient {

    private static final Pattern FORM = Pattern.compile("<form\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ACTION = Pattern.compile("\\baction=\"([^\"]+)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]*)\"");
    private static final Pattern PARTIAL_VIEW_STATE = Pattern.compile("jakarta\\.faces\\.ViewState:\\d+\"><!\\[CDATA\\[([^\\]]*)\\]\\]>");
    /** PrimeFaces' CSP mode: the page's nonce, which its script adds to every form and ajax postbacks must send back. */
    private static final Pattern CSP_NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\(['\"]([^'\"]+)['\"]\\)");
    private static final int MAX_REDIRECTS = 10;

    /** A cookie as this client keeps it: value and path (host is always 127.0.0.1 here). */
    private record Cookie(String value, String path) {
    }

    private final HttpClient http;
    private final String appBase;
    private final Map<String, Cookie> cookies = new LinkedHashMap<>();
    private String viewState;
    private String nonce;

    ConsoleClient(String appBase) {
        this.appBase = appBase;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** A page and what it answered: the final status, the body and the URL it ended at. */
    record Page(int status, String body, URI uri) {
    }

    /**
     * Signs in from {@code startPath} ({@code /console/t/<slug>/} or {@code /console/operators}); ends on
     * the console's home page with a session cookie, or throws saying where it stopped.
     */
    void signIn(String startPath, String username, String password) throws IOException, InterruptedException {
        Page login = follow(get(URI.create(appBase + startPath)));
        if (login.status() != 200 || !login.uri().getPath().contains("/protocol/openid-connect/auth")) {
            throw new IllegalStateException("no login page for " + username + " at " + login.uri() + " (" + login.status() + ")");
        }
        String action = null;
        Matcher forms = FORM.matcher(login.body());
        while (forms.find() && action == null) {
            Matcher a = ACTION.matcher(forms.group());
            if (a.find() && a.group(1).contains("login-actions/authenticate")) {
                action = a.group(1).replace("&amp;", "&");
            }
        }
        if (action == null) {
            throw new IllegalStateException("no login form on " + login.uri());
        }
        HttpResponse<String> posted = send(HttpRequest.newBuilder(login.uri().resolve(action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("username", username, "password", password, "credentialId", "")))));
        Page home = follow(posted);
        if (home.status() != 200 || !home.uri().getPath().equals("/console/home.xhtml") || !cookies.containsKey("hm_console")) {
            throw new IllegalStateException("sign-in of " + username + " ended at " + home.uri() + " (" + home.status() + "): "
                    + heading(home.body()));
        }
    }

    /** GETs a console page (path with query) without following redirects: a page view. */
    Page view(String pathAndQuery) throws IOException, InterruptedException {
        URI uri = URI.create(appBase + pathAndQuery);
        HttpResponse<String> response = get(uri);
        rememberViewState(response.body(), VIEW_STATE);
        return new Page(response.statusCode(), response.body(), uri);
    }

    /**
     * A PrimeFaces ajax postback from the last viewed page, as the browser sends it for a
     * {@code p:commandButton}: {@code source} executes {@code execute} and renders {@code render}.
     */
    Page ajax(String pathAndQuery, String form, String source, String execute, String render, Map<String, String> fields)
            throws IOException, InterruptedException {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("jakarta.faces.partial.ajax", "true");
        values.put("jakarta.faces.source", source);
        values.put("jakarta.faces.partial.execute", execute);
        values.put("jakarta.faces.partial.render", render);
        values.put(source, source);
        values.put(form, form);
        values.putAll(fields);
        if (nonce != null) {
            values.put("primefaces.nonce", nonce);
        }
        values.put("jakarta.faces.ViewState", viewState == null ? "" : viewState);
        URI uri = URI.create(appBase + pathAndQuery);
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .header("Faces-Request", "partial/ajax").header("X-Requested-With", "XMLHttpRequest")
                .header("Origin", appBase).POST(HttpRequest.BodyPublishers.ofString(form(values))));
        rememberViewState(response.body(), PARTIAL_VIEW_STATE);
        return new Page(response.statusCode(), response.body(), uri);
    }

    boolean hasViewState() {
        return viewState != null && !viewState.isEmpty();
    }

    /** The page's first h1, for saying what a refused or unexpected page was. */
    static String heading(String body) {
        Matcher m = Pattern.compile("<h1[^>]*>(.*?)</h1>", Pattern.DOTALL).matcher(body == null ? "" : body);
        if (m.find()) {
            return m.group(1).replaceAll("<[^>]+>", "").strip();
        }
        String flat = body == null ? "" : body.replaceAll("\\s+", " ").strip();
        return flat.length() > 160 ? flat.substring(0, 160) + "..." : flat;
    }

    private void rememberViewState(String body, Pattern pattern) {
        if (body != null) {
            Matcher m = pattern.matcher(body);
            if (m.find()) {
                viewState = m.group(1).replace("&amp;", "&");
            }
            Matcher n = CSP_NONCE.matcher(body);
            if (n.find()) {
                nonce = n.group(1);
            }
        }
    }

    private Page follow(HttpResponse<String> first) throws IOException, InterruptedException {
        HttpResponse<String> response = first;
        for (int i = 0; i < MAX_REDIRECTS && response.statusCode() / 100 == 3; i++) {
            String location = response.headers().firstValue("Location").orElseThrow();
            response = get(response.uri().resolve(location));
        }
        return new Page(response.statusCode(), response.body(), response.uri());
    }

    private HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri).GET());
    }

    private HttpResponse<String> send(HttpRequest.Builder builder) throws IOException, InterruptedException {
        HttpRequest probe = builder.copy().build();
        String cookie = cookieHeader(probe.uri().getPath());
        if (!cookie.isEmpty()) {
            builder.header("Cookie", cookie);
        }
        HttpResponse<String> response = http.send(builder.timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        response.headers().allValues("Set-Cookie").forEach(this::store);
        return response;
    }

    private String cookieHeader(String path) {
        StringJoiner header = new StringJoiner("; ");
        cookies.forEach((name, c) -> {
            if (path.startsWith(c.path())) {
                header.add(name + "=" + c.value());
            }
        });
        return header.toString();
    }

    /** Keeps or drops one Set-Cookie; a Max-Age of 0 or an expiry in 1970 deletes, as browsers do. */
    private void store(String setCookie) {
        String[] parts = setCookie.split(";");
        int eq = parts[0].indexOf('=');
        if (eq <= 0) {
            return;
        }
        String name = parts[0].substring(0, eq).strip();
        String value = parts[0].substring(eq + 1).strip();
        String path = "/";
        boolean delete = false;
        for (int i = 1; i < parts.length; i++) {
            String attribute = parts[i].strip();
            String lower = attribute.toLowerCase();
            if (lower.startsWith("path=")) {
                path = attribute.substring(5);
            } else if (lower.startsWith("max-age=")) {
                delete |= Long.parseLong(attribute.substring(8).strip()) <= 0;
            } else if (lower.startsWith("expires=")) {
                delete |= lower.contains("1970");
            }
        }
        if (delete) {
            cookies.remove(name);
        } else {
            cookies.put(name, new Cookie(value, path));
        }
    }

    private static String form(Map<String, String> values) {
        StringJoiner body = new StringJoiner("&");
        values.forEach((k, v) -> body.add(URLEncoder.encode(k, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return body.toString();
    }
}
