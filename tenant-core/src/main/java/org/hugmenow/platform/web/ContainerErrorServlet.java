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

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        RequestIds.bind(request, response);
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        int status = code instanceof Integer i ? i : 404;
        // An error document names the request and its ID: never cached, whatever the path.
        SecurityHeaders.apply(response, true);
        try {
            writeProblem(request, response, status, uri == null ? request.getRequestURI() : uri.toString());
        } finally {
            org.hugmenow.platform.logging.LogContext.clear();
        }
    }

    static void writeProblem(HttpServletRequest request, HttpServletResponse response, int status, String instance)
            throws IOException {
        ProblemWriter.write(request, response, status, ProblemWriter.detailFor(status), instance);
    }
}
