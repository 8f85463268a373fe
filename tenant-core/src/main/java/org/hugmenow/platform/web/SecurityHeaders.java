package org.hugmenow.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Headers every response of the app carries. Applied where a response can start: the
 * authentication mechanism (which runs before any filter and may refuse on its own), the
 * request filter and the container's error page.
 */
public final class SecurityHeaders {

    public static final String CSP = "Content-Security-Policy";
    /** For everything that is not a page: nothing may load, frame or post. Pages set their own. */
    public static final String NOTHING_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    private SecurityHeaders() {
    }

    /** {@code personalData} responses must not be kept by browsers or shared caches. */
    public static void apply(HttpServletResponse response, boolean personalData) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (personalData) {
            response.setHeader("Cache-Control", "no-store");
        }
        if (!response.containsHeader(CSP)) {
            response.setHeader(CSP, NOTHING_POLICY);
        }
    }

    public static void apply(HttpServletRequest request, HttpServletResponse response) {
        // The container's decoded, normalised path: "/api;x=1/v1/moods" or "/%61pi/v1/moods" reach the API too.
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        apply(response, carriesPersonalData(path));
    }

    /**
     * The simplest rule that is true: anything under the API or SCIM may name a person, so none
     * of it is stored. Error pages are handled by their caller (they are never cacheable either).
     */
    public static boolean carriesPersonalData(String path) {
        return path.startsWith("/api/") || path.equals("/api") || path.startsWith("/scim/") || path.equals("/scim");
    }
}
