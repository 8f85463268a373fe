package org.hugmenow.directory.scim.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import org.apache.directory.scim.spec.resources.ScimResource;

/**
 * SCIMple quotes {@code meta.version} once more when it makes the ETag header, so
 * {@code W/"3"} became {@code "W/\"3\""}. The header must carry the version exactly as
 * {@code meta.version} does (RFC 7644 §3.14).
 */
public class ScimEtagFilter implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getEntity() instanceof ScimResource resource && resource.getMeta() != null
                && resource.getMeta().getVersion() != null) {
            response.getHeaders().putSingle("ETag", resource.getMeta().getVersion());
        }
    }
}
