package org.hugmenow.tenant.provisioning.api;

import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.hugmenow.platform.web.Problem;
import org.hugmenow.platform.web.ProblemException;
import org.hugmenow.tenant.provisioning.application.TenantRequestRefused;

/** Turns the lifecycle's refusals into problem responses: 404, 409, or 400 naming the field. */
@Provider
public class TenantRequestRefusedMapper implements ExceptionMapper<TenantRequestRefused> {

    @jakarta.ws.rs.core.Context
    jakarta.ws.rs.core.UriInfo uriInfo;

    @Override
    public Response toResponse(TenantRequestRefused refused) {
        ProblemException problem = switch (refused.reason()) {
            case NOT_FOUND -> ProblemException.notFound(refused.getMessage());
            case CONFLICT -> ProblemException.conflict(refused.getMessage());
            case INVALID -> ProblemException.invalid(List.of(new Problem.FieldError(refused.field(), refused.getMessage())));
        };
        return problem.toResponse(uriInfo.getRequestUri().getPath());
    }
}
