package org.hugmenow.hr.scim.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.apache.directory.scim.protocol.ErrorMessageType;
import org.apache.directory.scim.protocol.data.ErrorResponse;

/** SCIM error responses (RFC 7644 §3.12), thrown from anywhere below the SCIM resources. */
public final class ScimErrors {

    public static final String MEDIA_TYPE = "application/scim+json";

    private ScimErrors() {
    }

    public static WebApplicationException failure(int status, ErrorMessageType scimType, String detail) {
        return new WebApplicationException(response(status, scimType, detail));
    }

    public static WebApplicationException failure(int status, String detail) {
        return failure(status, null, detail);
    }

    public static Response response(int status, ErrorMessageType scimType, String detail) {
        ErrorResponse error = new ErrorResponse(status, detail);
        if (scimType != null) {
            error.setScimType(scimType);
        }
        return Response.status(status).type(MEDIA_TYPE).entity(error).build();
    }
}
