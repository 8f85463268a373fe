package org.hugmenow.platform.web.internal;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
public class JsonbFailureMapper implements ExceptionMapper<JsonbException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(JsonbException failure) {
        return FailureClassifier.classify(failure).orElseThrow().toResponse(uriInfo.getRequestUri().getPath());
    }
}
