package org.hugmenow.platform.web.internal;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.hugmenow.platform.web.ProblemException;

/** Routing errors (404, 405, 406, 415) and body-reading errors raised by JAX-RS itself. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(WebApplicationException e) {
        String instance = uriInfo.getRequestUri().getPath();
        var classified = FailureClassifier.classify(e.getCause());
        if (classified.isPresent()) {
            return classified.get().toResponse(instance);
        }
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (status == 400) {
            return ProblemException.badRequest("The request could not be read: check the body and the parameters.")
                    .toResponse(instance);
        }
        Response response = ProblemException.ofStatus(status).toResponse(instance);
        String allow = e.getResponse() == null ? null : e.getResponse().getHeaderString("Allow");
        return allow == null ? response : Response.fromResponse(response).header("Allow", allow).build();
    }
}
