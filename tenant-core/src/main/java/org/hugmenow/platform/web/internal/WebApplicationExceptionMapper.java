package org.hugmenow.platform.web.internal;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;

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
            var p = classified.get();
            return ProblemResponses.of(p.status(), p.problemName(), p.title(), p.getMessage(), instance, p.errors(), p.headers());
        }
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        Response response = ProblemResponses.of(status, instance);
        if (status == 405 && e.getResponse().getHeaderString("Allow") != null) {
            return Response.fromResponse(response).header("Allow", e.getResponse().getHeaderString("Allow")).build();
        }
        return status == 400 ? ProblemResponses.of(400, "bad-request", "Bad Request",
                "The request could not be read: check the body and the parameters.", instance, java.util.List.of(), Map.of())
                : response;
    }
}
