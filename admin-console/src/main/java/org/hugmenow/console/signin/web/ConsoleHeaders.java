package org.hugmenow.console.signin.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Headers of every console response. Pages get their Content-Security-Policy from PrimeFaces'
 * CSP mode (a fresh script nonce per response; the policy itself is web.xml's
 * primefaces.CSP_POLICY); until then, and for redirects, nothing may load or frame.
 */
final class ConsoleHeaders {

    static final String CSP = "Content-Security-Policy";
    static final String NOTHING = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    private ConsoleHeaders() {
    }

    static void apply(HttpServletResponse response) {
        response.setHeader(CSP, NOTHING);
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        // The authorization code arrives in the callback's query: no URL goes to another site. ("no-referrer" would also make browsers send Origin: null on our own posts.)
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Cache-Control", "no-store");
    }

    /**
     * PrimeFaces adds its policy with addHeader, which would stand beside the one set above, and
     * a browser enforces both; this response replaces the policy instead.
     */
    static HttpServletResponse lettingFacesSetThePolicy(HttpServletResponse response) {
        return new HttpServletResponseWrapper(response) {
            @Override
            public void addHeader(String name, String value) {
                if (CSP.equalsIgnoreCase(name)) {
                    super.setHeader(name, value);
                } else {
                    super.addHeader(name, value);
                }
            }
        };
    }
}
