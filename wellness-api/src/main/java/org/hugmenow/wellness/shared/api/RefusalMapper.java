package org.hugmenow.wellness.shared.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;
import org.hugmenow.platform.web.Problem;
import org.hugmenow.platform.web.ProblemException;
import org.hugmenow.wellness.shared.domain.Refusal;

@Provider
public class RefusalMapper implements ExceptionMapper<Refusal> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(Refusal refusal) {
        return problem(refusal).toResponse(uri.getRequestUri().getRawPath());
    }

    static ProblemException problem(Refusal r) {
        return switch (r.kind()) {
            case INVALID -> ProblemException.invalid(r.errors().stream().map(e -> new Problem.FieldError(e.field(), e.message())).toList());
            case NOT_FOUND -> ProblemException.notFound(r.getMessage());
            case FORBIDDEN -> ProblemException.forbidden(r.getMessage());
            case CONFLICT -> ProblemException.conflict(r.getMessage());
            case TOO_MANY -> ProblemException.tooManyRequests(r.getMessage(), r.retryAfterSeconds());
            case UNAVAILABLE -> new ProblemException(503, "unavailable", "Service Unavailable", r.getMessage(), List.of(),
                    Map.of("Retry-After", Long.toString(r.retryAfterSeconds())));
        };
    }
}
