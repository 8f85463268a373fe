package org.hugmenow.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.hugmenow.platform.config.TenantCoreConfig;
import org.hugmenow.platform.logging.ContextLogger;
import org.hugmenow.platform.logging.LogContext;

/**
 * Gives every request an ID (the caller's {@code X-Request-Id} if well-formed), returns it on
 * every response, sets the security headers, logs one access line per request, and refuses
 * oversize bodies (413), query strings (414) and headers (431) and control characters in the
 * path or query (400) before any resource reads them.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RequestContextFilter extends HttpFilter {

    private static final ContextLogger LOG = ContextLogger.of(RequestContextFilter.class);

    @Inject
    TenantCoreConfig config;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        RequestIds.bind(request, response);
        SecurityHeaders.apply(request, response);
        long started = System.nanoTime();
        try {
            var refusal = limits().check(request);
            if (refusal.isPresent()) {
                ProblemWriter.refuse(request, response, refusal.get());
                return;
            }
            if (request.getContentLengthLong() > maxBody()) {
                ContainerErrorServlet.writeProblem(request, response, 413, request.getRequestURI());
                return;
            }
            chain.doFilter(new BodyLimitedRequest(request, maxBody()), response);
        } finally {
            LOG.info(request.getMethod() + " " + request.getRequestURI() + " -> " + response.getStatus()
                    + " in " + (System.nanoTime() - started) / 1_000_000 + " ms");
            LogContext.clear();
        }
    }

    private RequestLimits limits() {
        return new RequestLimits(config.maxQueryChars(), config.maxHeaderChars());
    }

    private long maxBody() {
        return config.maxBodyBytes();
    }

}
