package org.hugmenow.hr.scim.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.hugmenow.hr.scim.application.ScimRefusal;

/** Refusals as SCIM errors with their {@code scimType}, which SCIMple's own mapper drops. */
public class ScimRefusalMapper implements ExceptionMapper<ScimRefusal.Checked> {

    @Override
    public Response toResponse(ScimRefusal.Checked failure) {
        ScimRefusal refusal = failure.refusal();
        return ScimErrors.response(refusal.status(), refusal.scimType(), refusal.getMessage());
    }
}
