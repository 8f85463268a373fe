package org.hugmenow.platform.web;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import org.hugmenow.platform.json.Jsons;
import org.hugmenow.platform.logging.LogContext;

/** Serialises problems the same way for JAX-RS and for the container's own error pages. */
public final class ProblemWriter {

    private ProblemWriter() {
    }

    public static Problem problem(int status, String name, String title, String detail, String instance,
                                  java.util.List<Problem.FieldError> errors) {
        return new Problem(Problem.typeFor(name), title, status, detail, instance, LogContext.requestId(), errors);
    }

    public static String json(Problem problem) {
        return json(problem, java.util.Map.of());
    }

    /** With extension members (RFC 9457 §3.2), such as the plan a refused feature needs. */
    public static String json(Problem problem, java.util.Map<String, String> extensions) {
        JsonObjectBuilder body = Jsons.object()
                .add("type", problem.type())
                .add("title", problem.title())
                .add("status", problem.status())
                .add("detail", problem.detail())
                .add("instance", problem.instance() == null ? "" : problem.instance())
                .add("requestId", problem.requestId());
        if (!problem.errors().isEmpty()) {
            JsonArrayBuilder errors = Jsons.array();
            problem.errors().forEach(e -> errors.add(Jsons.object()
                    .add("field", e.field()).add("message", e.message())));
            body.add("errors", errors);
        }
        extensions.forEach(body::add);
        return body.build().toString();
    }

    /** Writes a problem straight to a servlet response, for code that runs outside JAX-RS. */
    public static void write(jakarta.servlet.http.HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response,
                             int status, String detail, String instance) throws java.io.IOException {
        write(request, response, status, detail, instance, java.util.List.of());
    }

    private static void write(jakarta.servlet.http.HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response,
                              int status, String detail, String instance, java.util.List<Problem.FieldError> errors)
            throws java.io.IOException {
        Problem problem = problem(status, nameFor(status), titleFor(status), detail, instance, errors);
        response.setStatus(status);
        if (status == 401) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        if (status == 413 && request.getProtocol().startsWith("HTTP/1")) {
            // The unread body would otherwise be parsed as the next request on this connection.
            // (HTTP/2 forbids the header; there the stream is simply reset.)
            response.setHeader("Connection", "close");
        }
        response.setCharacterEncoding("UTF-8");
        if (request.getRequestURI().startsWith(request.getContextPath() + "/scim/")) {
            // SCIM clients understand only SCIM's error format (RFC 7644 §3.12).
            response.setContentType("application/scim+json");
            response.getWriter().write(Jsons.object()
                    .add("schemas", Jsons.array().add("urn:ietf:params:scim:api:messages:2.0:Error"))
                    .add("status", Integer.toString(status)).add("detail", detail).build().toString());
            return;
        }
        response.setContentType(Problem.MEDIA_TYPE);
        response.getWriter().write(json(problem));
    }

    /** Writes the refusal of a request that broke {@link RequestLimits}, naming the parameter or header at fault. */
    public static void refuse(jakarta.servlet.http.HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response,
                              RequestLimits.Refusal refusal) throws java.io.IOException {
        if (request.getProtocol().startsWith("HTTP/1")) {
            // Refused before the body was read: the unread body must not become the next request.
            response.setHeader("Connection", "close");
        }
        write(request, response, refusal.status(), refusal.detail(), request.getRequestURI(),
                java.util.List.of(new Problem.FieldError(refusal.field(), refusal.detail())));
    }

    public static String titleFor(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 406 -> "Not Acceptable";
            case 409 -> "Conflict";
            case 413 -> "Content Too Large";
            case 414 -> "URI Too Long";
            case 415 -> "Unsupported Media Type";
            case 429 -> "Too Many Requests";
            case 431 -> "Request Header Fields Too Large";
            case 503 -> "Service Unavailable";
            default -> status >= 500 ? "Internal Server Error" : "Request Error";
        };
    }

    public static String nameFor(int status) {
        return switch (status) {
            case 400 -> "bad-request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 409 -> "conflict";
            case 413 -> "content-too-large";
            case 414 -> "uri-too-long";
            case 415 -> "unsupported-media-type";
            case 431 -> "header-too-large";
            case 503 -> "unavailable";
            default -> status >= 500 ? "internal" : "request-error";
        };
    }

    public static String detailFor(int status) {
        return switch (status) {
            case 401 -> "A valid bearer token is required.";
            case 403 -> "You are not allowed to do this.";
            case 404 -> "There is no such resource.";
            case 405 -> "This resource does not support that HTTP method.";
            case 406 -> "This resource cannot produce the requested media type.";
            case 413 -> "The request body is too large.";
            case 415 -> "This resource does not accept that content type; send application/json.";
            case 503 -> "The service is temporarily unavailable; try again shortly.";
            default -> status >= 500 ? "An unexpected error occurred. Quote the request ID when reporting it."
                    : "The request could not be processed.";
        };
    }
}
