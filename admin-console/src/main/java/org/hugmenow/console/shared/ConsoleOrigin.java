package org.hugmenow.console.shared;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The origin and context path the person reaches the console at, honouring a TLS-terminating
 * proxy's X-Forwarded-Proto. Keycloak checks URLs built from it against the client's registered
 * redirect URIs, so a forged Host header gains nothing at sign-in; pages reuse it for their own
 * return addresses (Stripe's hosted pages coming back).
 */
public final class ConsoleOrigin {

    private ConsoleOrigin() {
    }

    public static boolean isHttps(HttpServletRequest request) {
        return request.isSecure() || "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"));
    }

    /** For example {@code https://hr.example.com} plus the context path, without a trailing slash. */
    public static String of(HttpServletRequest request) {
        String scheme = isHttps(request) ? "https" : request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443)
                || (scheme.equals("https") && !request.isSecure());
        return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port) + request.getContextPath();
    }
}
