package org.hugmenow.platform.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Settings of the platform core; keys {@code hugmenow.<area>.<key>}, defaults in microprofile-config.properties. */
@ApplicationScoped
public class TenantCoreConfig {

    @Inject @ConfigProperty(name = "hugmenow.db.url") String dbUrl;
    @Inject @ConfigProperty(name = "hugmenow.db.user") String dbUser;
    @Inject @ConfigProperty(name = "hugmenow.db.password") Optional<String> dbPassword;
    @Inject @ConfigProperty(name = "hugmenow.db.pool-size") int poolSize;
    @Inject @ConfigProperty(name = "hugmenow.db.sub-pools") int subPools;
    @Inject @ConfigProperty(name = "hugmenow.db.max-lifetime-minutes") int maxLifetimeMinutes;
    @Inject @ConfigProperty(name = "hugmenow.migration.threads") int migrationThreads;
    @Inject @ConfigProperty(name = "hugmenow.keycloak.url") String keycloakUrl;
    @Inject @ConfigProperty(name = "hugmenow.keycloak.admin-realm") String keycloakAdminRealm;
    @Inject @ConfigProperty(name = "hugmenow.keycloak.admin-client-id") String keycloakAdminClientId;
    @Inject @ConfigProperty(name = "hugmenow.keycloak.admin-client-secret") Optional<String> keycloakAdminClientSecret;
    @Inject @ConfigProperty(name = "hugmenow.keycloak.admin-username") Optional<String> keycloakAdminUsername;
    @Inject @ConfigProperty(name = "hugmenow.keycloak.admin-password") Optional<String> keycloakAdminPassword;
    @Inject @ConfigProperty(name = "hugmenow.keycloak.timeout-ms") int keycloakTimeoutMs;
    @Inject @ConfigProperty(name = "hugmenow.keycloak.platform-realm") String platformRealm;
    @Inject @ConfigProperty(name = "hugmenow.keycloak.password-grant-clients") Optional<String> passwordGrantClients;
    @Inject @ConfigProperty(name = "hugmenow.app.url") String appUrl;
    @Inject @ConfigProperty(name = "hugmenow.auth.audience") String audience;
    @Inject @ConfigProperty(name = "hugmenow.auth.clock-skew-seconds") int clockSkewSeconds;
    @Inject @ConfigProperty(name = "hugmenow.auth.jwks-refresh-min-seconds") int jwksRefreshMinSeconds;
    @Inject @ConfigProperty(name = "hugmenow.offboarding.export-dir") String exportDir;
    @Inject @ConfigProperty(name = "hugmenow.http.max-body-bytes") long maxBodyBytes;
    @Inject @ConfigProperty(name = "hugmenow.http.max-query-chars") int maxQueryChars;
    @Inject @ConfigProperty(name = "hugmenow.http.max-header-chars") int maxHeaderChars;
    @Inject @ConfigProperty(name = "hugmenow.lifecycle.retry-seconds") int lifecycleRetrySeconds;
    @Inject @ConfigProperty(name = "hugmenow.offboarding.grace-seconds") int offboardingGraceSeconds;

    public String dbUrl() { return dbUrl; }
    public String dbUser() { return dbUser; }
    public String dbPassword() { return dbPassword.orElse(""); }
    public int poolSize() { return poolSize; }
    public int subPools() { return Math.max(1, subPools); }
    public Duration maxLifetime() { return Duration.ofMinutes(maxLifetimeMinutes); }
    public int migrationThreads() { return Math.max(1, migrationThreads); }
    public String keycloakUrl() { return keycloakUrl; }
    public String keycloakAdminRealm() { return keycloakAdminRealm; }
    public String keycloakAdminClientId() { return keycloakAdminClientId; }
    public Optional<String> keycloakAdminClientSecret() { return keycloakAdminClientSecret.filter(s -> !s.isBlank()); }
    public Optional<String> keycloakAdminUsername() { return keycloakAdminUsername.filter(s -> !s.isBlank()); }
    public Optional<String> keycloakAdminPassword() { return keycloakAdminPassword; }
    public Duration keycloakTimeout() { return Duration.ofMillis(keycloakTimeoutMs); }
    public String platformRealm() { return platformRealm; }
    /** Clients of tenant realms allowed to keep the password grant: none in production; dev and tests name hugmenow-dev. */
    public java.util.Set<String> passwordGrantClients() {
        return passwordGrantClients.map(v -> java.util.Arrays.stream(v.split(",")).map(String::strip).filter(c -> !c.isEmpty())
                .collect(java.util.stream.Collectors.toUnmodifiableSet())).orElse(java.util.Set.of());
    }
    public String appUrl() { return appUrl; }
    public String audience() { return audience; }
    public int clockSkewSeconds() { return clockSkewSeconds; }
    public Duration jwksRefreshMin() { return Duration.ofSeconds(jwksRefreshMinSeconds); }
    public Path exportDir() { return Path.of(exportDir); }
    public long maxBodyBytes() { return maxBodyBytes; }
    public int maxQueryChars() { return maxQueryChars; }
    public int maxHeaderChars() { return maxHeaderChars; }
    public int lifecycleRetrySeconds() { return Math.max(1, lifecycleRetrySeconds); }
    public int offboardingGraceSeconds() { return offboardingGraceSeconds; }
}
