package org.hugmenow.app;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/**
 * The JAX-RS application of the HugMeNow API: resources and providers of every module, found by
 * package. Scanning by package rather than the container's whole-WAR scan keeps libraries'
 * providers out (SCIMple's Jackson writer and catch-all exception mappers belong to /scim/v2).
 */
@ApplicationPath("/api")
@DeclareRoles({"employee", "team-lead", "hr-admin", "it-admin", "finance", "platform-operator", "scim-provisioner", "members"})
@OpenAPIDefinition(
        info = @Info(title = "HugMeNow for Work API", version = "1",
                description = "Multi-tenant employee wellness. Errors are application/problem+json (RFC 9457)."),
        security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
        description = "An access token from your organization's Keycloak realm")
public class HugMeNowApplication extends ResourceConfig {

    /**
     * Where the API's resources and providers live: every module's packages except the SCIM
     * server's own ({@code org.hugmenow.hr.scim.api}), whose resources belong to /scim/v2
     * only (ScimApplication lists them). A new module adds its root here; ApiPackagesTest fails
     * on a resource or provider that no entry covers.
     */
    public static final List<String> PACKAGES = List.of("org.hugmenow.platform", "org.hugmenow.tenant",
            "org.hugmenow.wellness", "org.hugmenow.hr.sync", "org.hugmenow.hr.scim.credential",
            "org.hugmenow.billing", "org.hugmenow.console");

    public HugMeNowApplication() {
        packages(true, PACKAGES.toArray(String[]::new));
        // Jersey's generated WADL (/api/application.wadl, and OPTIONS bodies) would describe every
        // resource and name the Jersey version to any caller; /openapi is the published contract.
        property(ServerProperties.WADL_FEATURE_DISABLE, true);
    }
}
