package org.hugmenow.console.federation.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * A provider's short name within its tenant: part of the redirect URI the customer registers, so
 * lower-case letters, digits and hyphens only, and never changed once chosen.
 */
public final class ProviderAlias {

    public static final int MAX = 40;
    private static final String PATTERN = "[a-z0-9](?:[a-z0-9-]{0," + (MAX - 2) + "}[a-z0-9])?";

    private ProviderAlias() {
    }

    public static boolean valid(String alias) {
        return alias != null && alias.matches(PATTERN);
    }

    /** An alias made from a display name, such as "contoso-entra-id" from "Contoso Entra ID"; empty if nothing usable is left. */
    public static Optional<String> from(String displayName) {
        if (displayName == null) {
            return Optional.empty();
        }
        String plain = Normalizer.normalize(displayName, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (plain.length() > MAX) {
            plain = plain.substring(0, MAX).replaceAll("-+$", "");
        }
        return valid(plain) ? Optional.of(plain) : Optional.empty();
    }
}
