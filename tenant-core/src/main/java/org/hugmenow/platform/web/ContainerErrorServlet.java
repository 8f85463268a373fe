package org.hugmenow.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The container's error page (web.xml points every error here), so that errors raised outside
 * JAX-RS, such as unknown paths, are problem documents too.
 */
@WebServlet(urlPatterns = "/hugmenow-error")
public class ContainerErrorServlet extends HttpServlet {

    private static final org.hugmenow.platform.logging.ContextLogger LOG =
            org.hugmenow.platform.logging.ContextLogger.of(ContainerErrorServlet.class);

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        RequestIds.bind(request, response);
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        int status = code instanceof Integer i ? i : 404;
        if (status >= 500 && request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable thrown) {
            // Where it broke, by class and line: other exceptions' messages may carry what people typed.
            LOG.error("request failed: " + where(thrown), null);
        }
        // An error document names the request and its ID: never cached, whatever the path.
        SecurityHeaders.apply(response, true);
        try {
            writeProblem(request, response, status, uri == null ? request.getRequestURI() : uri.toString());
        } finally {
            org.hugmenow.platform.logging.LogContext.clear();
        }
    }

    /** The causes' classes, innermost last, and where the innermost was thrown. */
    static String where(Throwable thrown) {
        StringBuilder chain = new StringBuilder();
        Throwable at = thrown;
        for (int depth = 0; at != null && depth < 10; depth++) {
            chain.append(depth == 0 ? "" : " <- ").append(at.getClass().getName());
            if (at instanceof org.hugmenow.platform.refusal.Refusal refusal) {
                // Refusals carry our own words, never what was typed: they say which rule refused.
                chain.append(" (").append(refusal.kind()).append(": ").append(refusal.getMessage()).append(')');
            }
            if (at.getCause() == null && at.getStackTrace().length > 0) {
                chain.append(" at ").append(at.getStackTrace()[0]);
            }
            at = at.getCause();
        }
        return chain.toString();
    }

    static void writeProblem(HttpServletRequest request, HttpServletResponse response, int status, String instance)
            throws IOException {
        ProblemWriter.write(request, response, status, ProblemWriter.detailFor(status), instance);
    }
}
