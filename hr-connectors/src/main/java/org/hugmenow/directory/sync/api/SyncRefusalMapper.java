package org.hugmenow.directory.sync.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.hugmenow.directory.sync.application.SyncRefusal;
import org.hugmenow.platform.web.Problem;
import org.hugmenow.platform.web.ProblemException;

/** The sync engine's refusals as RFC 9457 problems. */
@Provider
public class SyncRefusalMapper implements ExceptionMapper<SyncRefusal> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(SyncRefusal refusal) {
        return problem(refusal).toResponse(uri.getRequestUri().getRawPath());
    }

    static ProblemException problem(SyncRefusal r) {
        return switch (r.kind()) {
            case INVALID -> ProblemException.invalid(r.errors().stream().map(e -> new Problem.FieldError(e.field(), e.message())).toList());
            case NOT_FOUND -> ProblemException.notFound(r.getMessage());
            case CONFLICT -> ProblemException.conflict(r.getMessage());
        };
    }
}
