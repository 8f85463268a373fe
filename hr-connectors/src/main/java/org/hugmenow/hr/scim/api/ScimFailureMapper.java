package org.hugmenow.hr.scim.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.hugmenow.platform.db.SqlFailure;
import org.hugmenow.platform.db.TenantData.TenantDataException;

/**
 * The database being unreachable is the one infrastructure failure SCIM clients should retry;
 * they get 503 with Retry-After in SCIM's error format instead of SCIMple's generic 500.
 */

public class ScimFailureMapper implements ExceptionMapper<RuntimeException> {

    @Override
    public Response toResponse(RuntimeException failure) {
        if (failure instanceof jakarta.ws.rs.WebApplicationException web) {
            return web.getResponse();
        }
        if (failure instanceof org.hugmenow.hr.scim.application.ScimRefusal refusal) {
            return ScimErrors.response(refusal.status(), refusal.scimType(), refusal.getMessage());
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof org.hugmenow.platform.web.BodyTooLargeException) {
                return ScimErrors.response(413, null, "The request body is larger than this service accepts.");
            }
        }
        if (failure instanceof SqlFailure || failure instanceof TenantDataException && unreachable(failure.getCause())) {
            return Response.fromResponse(ScimErrors.response(503, null, "The directory is temporarily unavailable; retry shortly."))
                    .header("Retry-After", "5").build();
        }
        org.hugmenow.platform.logging.ContextLogger.of(ScimFailureMapper.class).error("SCIM request failed", failure);
        return ScimErrors.response(500, null, "The request could not be completed.");
    }

    /** Connection exceptions (SQLSTATE class 08) and shutdowns (57P) mean "try again"; the rest are bugs. */
    private static boolean unreachable(Throwable cause) {
        return cause instanceof java.sql.SQLException sql && sql.getSQLState() != null
                && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"));
    }
}
