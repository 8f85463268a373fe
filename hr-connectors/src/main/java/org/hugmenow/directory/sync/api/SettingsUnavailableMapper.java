package org.hugmenow.directory.sync.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;
import org.hugmenow.directory.connector.settings.SettingsCipher;
import org.hugmenow.platform.logging.ContextLogger;
import org.hugmenow.platform.web.ProblemException;

/**
 * HR connection settings cannot be sealed or opened, mostly because the platform's secrets key
 * is missing. A tenant admin cannot fix that, so the details go to the operator's log.
 */
@Provider
public class SettingsUnavailableMapper implements ExceptionMapper<SettingsCipher.Unavailable> {

    private static final ContextLogger LOG = ContextLogger.of(SettingsUnavailableMapper.class);

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(SettingsCipher.Unavailable failure) {
        LOG.error("HR connection settings unavailable: " + failure.getMessage(), null);
        return new ProblemException(503, "unavailable", "Service Unavailable",
                "HR connection settings cannot be stored or read at the moment; the platform operator has been told.",
                List.of(), Map.of()).toResponse(uri.getRequestUri().getRawPath());
    }
}
