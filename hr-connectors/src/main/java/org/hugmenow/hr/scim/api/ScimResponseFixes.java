package org.hugmenow.hr.scim.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import java.net.URI;
import org.apache.directory.scim.protocol.data.ListResponse;
import org.apache.directory.scim.spec.resources.ScimResource;
import org.hugmenow.hr.scim.application.ScimRequest;

/**
 * Headers and list fields SCIMple 1.0.0-M1 gets wrong, set from what the resource says:
 * <ul>
 * <li>the ETag carries {@code meta.version} as is (SCIMple quoted {@code W/"3"} once more);</li>
 * <li>Location is {@code meta.location} (after PUT and PATCH SCIMple appended the id twice);</li>
 * <li>a /Bulk response is 200 with each operation's own status (RFC 7644 §3.7.3), also when
 *     some failed, which SCIMple answered with 400 for the whole request;</li>
 * <li>an empty page keeps the query's totalResults and startIndex (RFC 7644 §3.4.2), which
 *     SCIMple replaced by 0 and nothing.</li>
 * </ul>
 */
public class ScimResponseFixes implements ContainerResponseFilter {

    @Inject
    ScimRequest scimRequest;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object entity = response.getEntity();
        if (entity instanceof ScimResource resource && resource.getMeta() != null) {
            if (resource.getMeta().getVersion() != null) {
                response.getHeaders().putSingle("ETag", resource.getMeta().getVersion());
            }
            if (resource.getMeta().getLocation() != null && response.getHeaders().containsKey("Location")) {
                response.getHeaders().putSingle("Location", URI.create(resource.getMeta().getLocation()));
            }
        }
        if (entity instanceof org.apache.directory.scim.protocol.data.BulkResponse && response.getStatus() == 400) {
            response.setStatus(200);
        }
        if (entity instanceof ListResponse<?> list) {
            scimRequest.listedTotal().ifPresent(total -> {
                list.setTotalResults(total);
                list.setStartIndex(scimRequest.listedStart());
                list.setItemsPerPage(list.getResources() == null ? 0 : list.getResources().size());
            });
        }
    }
}
