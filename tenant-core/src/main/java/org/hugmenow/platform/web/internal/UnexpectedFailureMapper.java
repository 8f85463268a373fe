package org.hugmenow.platform.web.internal;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.hugmenow.platform.logging.ContextLogger;
import org.hugmenow.platform.web.ProblemException;

/** Last resort: known causes get their own answer, everything else a generic 500 and a log line. */
@Provider
public class UnexpectedFailureMapper implements ExceptionMapper<Throwable> {

    private static final ContextLogger LOG = ContextLogger.of(UnexpectedFailureMapper.class);

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(Throwable failure) {
        String instance = uriInfo.getRequestUri().getPath();
        var classified = FailureClassifier.classify(failure);
        if (classified.isPresent()) {
            var p = classified.get();
            if (p.status() >= 500) {
                LOG.warn("request failed: " + p.getMessage(), failure);
            }
            return p.toResponse(instance);
        }
        LOG.error("unexpected failure", failure);
        return ProblemException.ofStatus(500).toResponse(instance);
    }
}
