package org.hugmenow.app;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The one JAX-RS application; resources and providers come from every module's jar. */
@ApplicationPath("/api")
@DeclareRoles({"employee", "team-lead", "hr-admin", "it-admin", "finance", "platform-operator"})
@ApplicationScoped
@OpenAPIDefinition(
        info = @Info(title = "HugMeNow for Work API", version = "1",
                description = "Multi-tenant employee wellness. Errors are application/problem+json (RFC 9457)."),
        security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
        description = "An access token from your organization's Keycloak realm")
public class HugMeNowApplication extends Application {
}
