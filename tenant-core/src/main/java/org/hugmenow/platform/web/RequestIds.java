package org.hugmenow.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import java.util.regex.Pattern;
import org.hugmenow.platform.logging.LogContext;

/**
 * One ID per request, shared by the authentication mechanism (which runs before any filter),
 * the request filter and the container's error page. A well-formed caller-supplied
 * {@code X-Request-Id} is kept, so IDs can be followed across services.
 */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    private static final String ATTRIBUTE = RequestIds.class.getName();
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._-]{8,64}");

    private RequestIds() {
    }

    /** The request's ID, created on first use; also put on the response and into the log context. */
    public static String bind(HttpServletRequest request, HttpServletResponse response) {
        String id = (String) request.getAttribute(ATTRIBUTE);
        if (id == null) {
            String offered = request.getHeader(HEADER);
            id = offered != null && SAFE_ID.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
            request.setAttribute(ATTRIBUTE, id);
        }
        if (!id.equals(LogContext.requestId())) {
            LogContext.begin(id);
        }
        response.setHeader(HEADER, id);
        return id;
    }
}
