package org.hugmenow.platform.web;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * The base of every exception mapper that answers with an RFC 9457 problem, so {@code instance}
 * is the same everywhere: the request path as sent (raw, not decoded), as the container's own
 * error pages write it. SCIM's mappers do not extend it: RFC 7644 prescribes their shape.
 */
public abstract class ProblemMapper<E extends Throwable> implements ExceptionMapper<E> {

    @Context
    UriInfo uriInfo;

    /** The problem to answer {@code failure} with. */
    protected abstract ProblemException problemFor(E failure);

    @Override
    public Response toResponse(E failure) {
        return problemFor(failure).toResponse(instance());
    }

    protected final String instance() {
        return uriInfo.getRequestUri().getRawPath();
    }
}
