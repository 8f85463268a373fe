package org.hugmenow.console.signin.web;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.StringReader;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import org.hugmenow.console.shared.SecretBox;
import org.hugmenow.console.signin.domain.SignInAttempt;

/**
 * The console's two cookies: the session id, and the sealed sign-in attempt between the redirect
 * to the identity provider and its callback. Both httpOnly, SameSite=Lax (the callback is a
 * top-level GET from the provider, which Lax lets through), Secure when the request came over
 * HTTPS, and scoped to /console. Neither holds a token.
 */
final class ConsoleCookies {

    static final String SESSION = "hm_console";
    static final String ATTEMPT = "hm_signin";
    private static final String ATTEMPT_CONTEXT = "console-sign-in-attempt";

    private ConsoleCookies() {
    }

    static Optional<String> read(HttpServletRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? Optional.empty()
                : Arrays.stream(cookies).filter(c -> name.equals(c.getName())).map(Cookie::getValue).findFirst();
    }

    static void write(HttpServletRequest request, HttpServletResponse response, String name, String value, int maxAgeSeconds) {
        Cookie cookie = new Cookie(name, value);
        cookie.setPath(request.getContextPath() + "/console");
        cookie.setHttpOnly(true);
        cookie.setSecure(isHttps(request));
        cookie.setMaxAge(maxAgeSeconds);
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }

    static void clear(HttpServletRequest request, HttpServletResponse response, String name) {
        write(request, response, name, "", 0);
    }

    static boolean isHttps(HttpServletRequest request) {
        return org.hugmenow.console.shared.ConsoleOrigin.isHttps(request);
    }

    static String sealAttempt(SecretBox box, SignInAttempt attempt) {
        JsonObject json = Json.createObjectBuilder().add("state", attempt.state()).add("nonce", attempt.nonce())
                .add("verifier", attempt.codeVerifier()).add("issuer", attempt.issuer()).add("tenant", attempt.tenantSlug())
                .add("expires", attempt.expiresAt().getEpochSecond()).build();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(box.seal(json.toString(), ATTEMPT_CONTEXT));
    }

    static Optional<SignInAttempt> openAttempt(SecretBox box, String sealed) {
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(sealed);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return box.open(bytes, ATTEMPT_CONTEXT).map(text -> {
            JsonObject json = Json.createReader(new StringReader(text)).readObject();
            return new SignInAttempt(json.getString("state"), json.getString("nonce"), json.getString("verifier"),
                    json.getString("issuer"), json.getString("tenant"), Instant.ofEpochSecond(json.getJsonNumber("expires").longValue()));
        });
    }
}
