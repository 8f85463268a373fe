package org.hugmenow.hr.scim.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.directory.scim.server.rest.ScimResourceHelper;
import org.hugmenow.platform.security.BearerTokenFilter;

/**
 * The SCIM 2.0 service provider (RFC 7643/7644), on Apache SCIMple. Its classes are listed
 * explicitly so that SCIMple's providers (its Jackson writer, its catch-all exception mappers)
 * serve only this application and never the problem+json API under /api.
 */
@ApplicationPath("/scim/v2")
public class ScimApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        Set<Class<?>> classes = new HashSet<>(ScimResourceHelper.scimpleFeatureAndResourceClasses());
        // SCIMple's /Bulk cannot run PATCH operations; ours runs all four methods.
        classes.remove(org.apache.directory.scim.server.rest.BulkResourceImpl.class);
        classes.add(ScimBulkResource.class);
        classes.add(BearerTokenFilter.class);
        classes.add(ScimAccessFilter.class);
        classes.add(ScimOutputFixes.class);
        classes.add(ScimFailureMapper.class);
        classes.add(ScimJsonFailureMapper.class);
        classes.add(ScimResponseFixes.class);
        classes.add(ScimMessageValidator.class);
        classes.add(ScimRefusalMapper.class);
        classes.add(ScimContentNegotiation.class);
        classes.add(ScimQueryGuard.class);
        classes.add(ScimBodyGuard.class);
        return classes;
    }

    /** No Jersey WADL under /scim/v2 either: SCIM describes itself through /Schemas and /ResourceTypes. */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
