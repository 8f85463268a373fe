package org.hugmenow.e2e.signin;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A browser without a screen: follows Keycloak's redirects, fills in login forms and submits the
 * self-posting SAML forms, as a person's browser would, with its own cookies. Ends at our app's
 * redirect URI with a code (then redeemed with PKCE), or at a page that refuses.
 */
public final class BrowserlessSignIn {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int MAX_STEPS = 25;

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new LoopbackCookies())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    private final String issuer;
    private final String clientId;
    private final String redirectUri;
    private UnaryOperator<String> samlResponseTamper = UnaryOperator.identity();

    /**
     * Keycloak marks its cookies Secure; browsers send those to http://127.0.0.1 (a secure context),
     * the JDK's cookie manager does not, so the flag is dropped on the way in.
     */
    static final class LoopbackCookies extends java.net.CookieHandler {
        private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

        @Override
        public Map<String, java.util.List<String>> get(URI uri, Map<String, java.util.List<String>> headers) throws IOException {
            return cookies.get(uri, headers);
        }

        @Override
        public void put(URI uri, Map<String, java.util.List<String>> headers) throws IOException {
            Map<String, java.util.List<String>> relaxed = new LinkedHashMap<>();
            headers.forEach((name, values) -> relaxed.put(name, name != null && name.equalsIgnoreCase("Set-Cookie")
                    ? values.stream().map(v -> v.replaceAll("(?i);\\s*Secure(?=;|$)", "")).toList() : values));
            cookies.put(uri, relaxed);
        }
    }

    /** What the sign-in ended with: the tokens, or the page that refused and its message. */
    public record Outcome(String accessToken, String refusedPage, String refusal) {
        public boolean signedIn() {
            return accessToken != null;
        }
    }

    public BrowserlessSignIn(String issuer, String clientId, String redirectUri) {
        this.issuer = issuer;
        this.clientId = clientId;
        this.redirectUri = redirectUri;
    }

    /** Changes the SAMLResponse (Base64 of the XML) before it is posted to our broker, as an attacker could. */
    public BrowserlessSignIn tamperingWith(UnaryOperator<String> samlResponseXml) {
        this.samlResponseTamper = samlResponseXml;
        return this;
    }

    /** The first page a person sees when signing in without a hint: the tenant's own login page. */
    public Document firstPage() throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(authorizeUrl(null, random()))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        while (response.statusCode() / 100 == 3) {
            URI next = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
            response = http.send(HttpRequest.newBuilder(next).GET().build(), HttpResponse.BodyHandlers.ofString());
        }
        return Jsoup.parse(response.body(), response.uri().toString());
    }

    private String authorizeUrl(String idpHint, String verifier) {
        return issuer + "/protocol/openid-connect/auth?response_type=code&scope=openid&client_id=" + enc(clientId)
                + "&redirect_uri=" + enc(redirectUri) + "&state=" + random() + "&code_challenge=" + challenge(verifier)
                + "&code_challenge_method=S256" + (idpHint == null ? "" : "&kc_idp_hint=" + enc(idpHint));
    }

    /** Signs in through the tenant's realm, with {@code kc_idp_hint} when given, typing the credentials on whichever login page appears. */
    public Outcome signIn(String idpHint, String username, String password) throws IOException, InterruptedException {
        String verifier = random();
        String url = authorizeUrl(idpHint, verifier);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
        for (int step = 0; step < MAX_STEPS; step++) {
            if (response.statusCode() / 100 == 3) {
                String location = response.uri().resolve(response.headers().firstValue("Location").orElseThrow()).toString();
                if (location.startsWith(redirectUri)) {
                    return redeem(location, verifier);
                }
                response = http.send(HttpRequest.newBuilder(URI.create(location)).GET().build(), HttpResponse.BodyHandlers.ofString());
                continue;
            }
            Document page = Jsoup.parse(response.body(), response.uri().toString());
            Element login = page.selectFirst("form#kc-form-login");
            Element autoPost = page.selectFirst("form:has(input[name=SAMLRequest]), form:has(input[name=SAMLResponse])");
            if (hasError(page) || login == null && autoPost == null) {
                return refused(page);
            }
            if (login != null) {
                Map<String, String> fields = new LinkedHashMap<>();
                if (login.selectFirst("input[name=username]") != null) {
                    fields.put("username", username);
                }
                if (login.selectFirst("input[name=password]") != null) {
                    fields.put("password", password);
                }
                response = post(login.absUrl("action"), fields);
            } else {
                Map<String, String> fields = new LinkedHashMap<>();
                for (Element input : autoPost.select("input[name]")) {
                    String value = input.attr("value");
                    if (input.attr("name").equals("SAMLResponse")) {
                        value = Base64.getEncoder().encodeToString(samlResponseTamper.apply(
                                new String(Base64.getMimeDecoder().decode(value), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
                    }
                    fields.put(input.attr("name"), value);
                }
                response = post(autoPost.absUrl("action"), fields);
            }
        }
        throw new IllegalStateException("the sign-in did not end after " + MAX_STEPS + " steps at " + response.uri());
    }

    private static boolean hasError(Document page) {
        return page.selectFirst("#input-error, .kc-feedback-text, .alert-error, .pf-m-danger, #kc-error-message") != null;
    }

    private static Outcome refused(Document page) {
        Element message = page.selectFirst("#kc-error-message, .kc-feedback-text, #input-error, .alert-error, .pf-m-danger");
        return new Outcome(null, page.location(), message != null ? message.text() : page.text());
    }

    private Outcome redeem(String location, String verifier) throws IOException, InterruptedException {
        Map<String, String> query = parseQuery(URI.create(location).getRawQuery());
        if (!query.containsKey("code")) {
            return new Outcome(null, location, query.getOrDefault("error", "no code"));
        }
        HttpResponse<String> token = post(issuer + "/protocol/openid-connect/token", Map.of("grant_type", "authorization_code",
                "client_id", clientId, "code", query.get("code"), "redirect_uri", redirectUri, "code_verifier", verifier));
        if (token.statusCode() != 200) {
            return new Outcome(null, location, "token endpoint answered " + token.statusCode() + ": " + token.body());
        }
        return new Outcome(jakarta.json.Json.createReader(new java.io.StringReader(token.body())).readObject().getString("access_token"),
                null, null);
    }

    private HttpResponse<String> post(String url, Map<String, String> fields) throws IOException, InterruptedException {
        String form = fields.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Map<String, String> parseQuery(String raw) {
        Map<String, String> query = new LinkedHashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    query.put(pair.substring(0, eq), java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return query;
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String challenge(String verifier) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
