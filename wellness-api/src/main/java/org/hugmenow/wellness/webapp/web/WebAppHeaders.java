package org.hugmenow.wellness.webapp.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.hugmenow.platform.config.TenantCoreConfig;

/**
 * The employee app's files (META-INF/resources/app in this jar) with the policy they need: scripts
 * and styles only from this origin (no inline script), API calls here and token calls to the
 * identity provider, no framing. The shell and the service worker are always revalidated, so a
 * new release reaches people at their next visit; versioned libraries may be cached.
 */
@WebFilter(urlPatterns = "/app/*")
public class WebAppHeaders extends HttpFilter {

    @Inject TenantCoreConfig config;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", policy());
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Cache-Control", request.getRequestURI().contains("/app/lib/") ? "public, max-age=86400" : "no-cache");
        chain.doFilter(request, response);
    }

    String policy() {
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
                + "connect-src 'self' " + origin(config.keycloakUrl()) + "; manifest-src 'self'; worker-src 'self'; "
                + "object-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";
    }

    static String origin(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getAuthority();
    }
}
