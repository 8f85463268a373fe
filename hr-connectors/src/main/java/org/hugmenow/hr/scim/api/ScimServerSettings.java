package org.hugmenow.hr.scim.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.apache.directory.scim.server.configuration.ServerConfiguration;
import org.apache.directory.scim.spec.schema.ServiceProviderConfiguration.AuthenticationSchema;
import org.hugmenow.hr.scim.application.ScimLimits;

/** What /ServiceProviderConfig advertises; SCIMple wants it produced by an application-scoped bean. */
@ApplicationScoped
public class ScimServerSettings {

    @Produces
    @ApplicationScoped
    ServerConfiguration serverConfiguration() {
        ServerConfiguration configuration = new ServerConfiguration()
                .setId("hugmenow")
                .setDocumentationUri("https://hugmenow.example/docs/scim")
                .setBulkMaxOperations(ScimLimits.BULK_MAX_OPERATIONS)
                .setBulkMaxPayloadSize(ScimLimits.BULK_MAX_PAYLOAD_BYTES)
                .setSupportsFilter(true)
                .setFilterMaxResults(ScimLimits.FILTER_MAX_RESULTS)
                .setSupportsSort(true)
                .setSupportsChangePassword(false)
                .addAuthenticationSchema(AuthenticationSchema.oauthBearer())
                .addAuthenticationSchema(AuthenticationSchema.httpBasic());
        advertiseEtags(configuration);
        return configuration;
    }

    /** SCIMple 1.0.0-M1 has no setter for the ETag flag, yet every resource here carries a version. */
    private static void advertiseEtags(ServerConfiguration configuration) {
        try {
            java.lang.reflect.Field etag = ServerConfiguration.class.getDeclaredField("supportsETag");
            etag.setAccessible(true);
            etag.setBoolean(configuration, true);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("SCIMple's ServerConfiguration changed; advertise ETags another way", e);
        }
    }
}
