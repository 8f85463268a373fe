package org.hugmenow.wellness.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** {@code hugmenow.wellness.*}; defaults in META-INF/microprofile-config.properties. */
@ApplicationScoped
public class WellnessConfig {

    @Inject @ConfigProperty(name = "hugmenow.wellness.notes-key") Optional<String> notesKey;
    @Inject @ConfigProperty(name = "hugmenow.wellness.hugs.daily-allowance") int dailyHugAllowance;

    /** Base64 of 32 random bytes; each tenant's note key is derived from it. Never logged. */
    public Optional<String> notesKey() { return notesKey.filter(k -> !k.isBlank()); }
    public int dailyHugAllowance() { return dailyHugAllowance; }
}
