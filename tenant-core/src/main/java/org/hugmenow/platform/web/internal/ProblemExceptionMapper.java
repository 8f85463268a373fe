package org.hugmenow.platform.web.internal;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.hugmenow.platform.web.ProblemException;

@Provider
public class ProblemExceptionMapper implements ExceptionMapper<ProblemException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(ProblemException e) {
        return e.toResponse(uriInfo.getRequestUri().getPath());
    }
}
