package org.hugmenow.hr.scim.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.apache.directory.scim.protocol.ErrorMessageType;

/**
 * A body SCIMple's Jackson reader cannot bind is the client's mistake: 400 with the SCIM type,
 * never SCIMple's 500 carrying the parser's message.
 */
public class ScimJsonFailureMapper implements ExceptionMapper<JsonProcessingException> {

    @Override
    public Response toResponse(JsonProcessingException failure) {
        String message = String.valueOf(failure.getMessage());
        if (message.contains("PatchOperation") || message.contains("FilterParseException")) {
            return ScimErrors.response(400, ErrorMessageType.INVALID_PATH, "A PATCH operation has an invalid path.");
        }
        if (failure instanceof com.fasterxml.jackson.core.JsonParseException || message.contains("end-of-input")) {
            return ScimErrors.response(400, ErrorMessageType.INVALID_SYNTAX, "The request body is not well-formed JSON.");
        }
        return ScimErrors.response(400, ErrorMessageType.INVALID_SYNTAX,
                "The request body does not match the resource's schema (an unknown attribute or a value of the wrong type).");
    }
}
