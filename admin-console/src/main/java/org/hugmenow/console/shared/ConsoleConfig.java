package org.hugmenow.console.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Settings of the console; keys {@code hugmenow.console.<key>}, defaults in the module's microprofile-config.properties. */
@ApplicationScoped
public class ConsoleConfig {

    @Inject @ConfigProperty(name = "hugmenow.console.client-id") String clientId;
    @Inject @ConfigProperty(name = "hugmenow.console.session-key") Optional<String> sessionKey;
    @Inject @ConfigProperty(name = "hugmenow.console.idle-minutes") int idleMinutes;
    @Inject @ConfigProperty(name = "hugmenow.console.employee-app-url") Optional<String> employeeAppUrl;

    /** The OIDC client every realm declares for the console (keycloak-realm templates). */
    public String clientId() {
        return clientId;
    }

    /** Base64 of 32 bytes; encrypts the tokens kept in sessions and the sign-in cookie. Empty: sign-in is refused. */
    public Optional<String> sessionKey() {
        return sessionKey.filter(k -> !k.isBlank());
    }

    /** A session unused this long ends, whatever its tokens say. */
    public Duration idleTimeout() {
        return Duration.ofMinutes(idleMinutes);
    }

    /** The employee web app's address, if this installation has one; otherwise people use the mobile app. */
    public Optional<String> employeeAppUrl() {
        return employeeAppUrl.filter(u -> u.startsWith("https://") || u.startsWith("http://"));
    }
}
