package org.hugmenow.platform.web;

import java.util.List;
import java.util.Map;

/** Thrown by application code to answer with a specific problem response. */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String name;
    private final String title;
    private final List<Problem.FieldError> errors;
    private final Map<String, String> headers;
    private Map<String, String> extensions = Map.of();

    public ProblemException(int status, String name, String title, String detail,
                            List<Problem.FieldError> errors, Map<String, String> headers) {
        super(detail);
        this.status = status;
        this.name = name;
        this.title = title;
        this.errors = List.copyOf(errors);
        this.headers = Map.copyOf(headers);
    }

    /** A module's refusal as the problem the API answers it with. */
    public static ProblemException of(org.hugmenow.platform.refusal.Refusal refusal) {
        return org.hugmenow.platform.web.internal.RefusalMapper.problem(refusal);
    }

    /** The generic problem for a status, with the standard title and detail. */
    public static ProblemException ofStatus(int status) {
        return new ProblemException(status, ProblemWriter.nameFor(status), ProblemWriter.titleFor(status),
                ProblemWriter.detailFor(status), List.of(), Map.of());
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(404, "not-found", "Not Found", detail, List.of(), Map.of());
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "conflict", "Conflict", detail, List.of(), Map.of());
    }

    public static ProblemException invalid(List<Problem.FieldError> errors) {
        return new ProblemException(400, "validation", "Invalid input",
                "The request has invalid fields; see errors.", errors, Map.of());
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "forbidden", "Forbidden", detail, List.of(), Map.of());
    }

    public static ProblemException tooManyRequests(String detail, long retryAfterSeconds) {
        return new ProblemException(429, "too-many-requests", "Too Many Requests", detail, List.of(),
                Map.of("Retry-After", Long.toString(Math.max(1, retryAfterSeconds))));
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(400, "bad-request", "Bad Request", detail, List.of(), Map.of());
    }

    public static ProblemException unavailable(String detail, int retryAfterSeconds) {
        return new ProblemException(503, "unavailable", "Service Unavailable", detail, List.of(),
                Map.of("Retry-After", Integer.toString(retryAfterSeconds)));
    }

    /** The same problem with extension members in its body. */
    public ProblemException withExtensions(Map<String, String> members) {
        ProblemException copy = new ProblemException(status, name, title, getMessage(), errors, headers);
        copy.extensions = Map.copyOf(members);
        return copy;
    }

    /** The problem as a JAX-RS response, for exception mappers of feature modules. */
    public jakarta.ws.rs.core.Response toResponse(String instance) {
        Problem problem = ProblemWriter.problem(status, name, title, getMessage(), instance, errors);
        jakarta.ws.rs.core.Response.ResponseBuilder response = jakarta.ws.rs.core.Response.status(status)
                .type(Problem.MEDIA_TYPE).entity(ProblemWriter.json(problem, extensions));
        headers.forEach(response::header);
        if (status == 401) {
            response.header("WWW-Authenticate", "Bearer");
        }
        return response.build();
    }

    public int status() { return status; }
    public String problemName() { return name; }
    public String title() { return title; }
    public List<Problem.FieldError> errors() { return errors; }
    public Map<String, String> headers() { return headers; }
    public Map<String, String> extensions() { return extensions; }
}
