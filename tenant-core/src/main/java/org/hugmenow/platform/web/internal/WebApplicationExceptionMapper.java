package org.hugmenow.platform.web.internal;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.hugmenow.platform.web.ProblemException;
import org.hugmenow.platform.web.ProblemMapper;

/** Routing errors (404, 405, 406, 415) and body-reading errors raised by JAX-RS itself. */
@Provider
public class WebApplicationExceptionMapper extends ProblemMapper<WebApplicationException> {

    @Override
    protected ProblemException problemFor(WebApplicationException e) {
        var classified = FailureClassifier.classify(e.getCause());
        if (classified.isPresent()) {
            return classified.get();
        }
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        return status == 400
                ? ProblemException.badRequest("The request could not be read: check the body and the parameters.")
                : ProblemException.ofStatus(status);
    }

    @Override
    public Response toResponse(WebApplicationException e) {
        Response response = super.toResponse(e);
        String allow = e.getResponse() == null ? null : e.getResponse().getHeaderString("Allow");
        return allow == null ? response : Response.fromResponse(response).header("Allow", allow).build();
    }
}
