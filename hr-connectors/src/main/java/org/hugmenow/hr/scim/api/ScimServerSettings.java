package org.hugmenow.hr.scim.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.apache.directory.scim.server.configuration.ServerConfiguration;
import org.apache.directory.scim.spec.schema.ServiceProviderConfiguration.AuthenticationSchema;

/** What /ServiceProviderConfig advertises; SCIMple wants it produced by an application-scoped bean. */
@ApplicationScoped
public class ScimServerSettings {

    /** RFC 7644 §3.7 limits; /Bulk requests beyond them get 413. */
    public static final int BULK_MAX_OPERATIONS = 1_000;
    /** The app's request body limit (hugmenow.http.max-body-bytes), which also guards /Bulk. */
    public static final int BULK_MAX_PAYLOAD_BYTES = 1_048_576;
    public static final int FILTER_MAX_RESULTS = 1_000;

    @Produces
    @ApplicationScoped
    ServerConfiguration serverConfiguration() {
        ServerConfiguration configuration = new ServerConfiguration()
                .setId("hugmenow")
                .setDocumentationUri("https://hugmenow.example/docs/scim")
                .setBulkMaxOperations(BULK_MAX_OPERATIONS)
                .setBulkMaxPayloadSize(BULK_MAX_PAYLOAD_BYTES)
                .setSupportsFilter(true)
                .setFilterMaxResults(FILTER_MAX_RESULTS)
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
