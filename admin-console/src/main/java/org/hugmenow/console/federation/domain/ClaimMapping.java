package org.hugmenow.console.federation.domain;

import java.util.ArrayList;
import java.util.List;
import org.hugmenow.tenant.identity.IdentityBrokering.AttributeMapping;

/**
 * Which claim (OIDC) or attribute (SAML) of the company's provider fills a person's e-mail and
 * names, and optionally their department and groups; a null source is not mapped.
 */
public record ClaimMapping(String email, String firstName, String lastName, String department, String groups) {

    public static final int MAX_SOURCE = 200;

    /** This mapping with every field the override sets replaced; blank clears an optional one. */
    public ClaimMapping overriddenBy(ClaimMapping override) {
        if (override == null) {
            return this;
        }
        return new ClaimMapping(pick(override.email, email), pick(override.firstName, firstName), pick(override.lastName, lastName),
                optional(override.department, department), optional(override.groups, groups));
    }

    public List<AttributeMapping> attributeMappings() {
        List<AttributeMapping> mappings = new ArrayList<>();
        mappings.add(new AttributeMapping(email, "email"));
        mappings.add(new AttributeMapping(firstName, "firstName"));
        mappings.add(new AttributeMapping(lastName, "lastName"));
        if (department != null) {
            mappings.add(new AttributeMapping(department, "department"));
        }
        if (groups != null) {
            mappings.add(new AttributeMapping(groups, "groups"));
        }
        return mappings;
    }

    /** The first source that is not a claim name a person could type: blank, too long or with control characters. */
    public java.util.Optional<String> problem() {
        for (String source : new String[] {email, firstName, lastName, department, groups}) {
            if (source != null && (source.isBlank() || source.length() > MAX_SOURCE || source.chars().anyMatch(Character::isISOControl))) {
                return java.util.Optional.of("claim names must be 1 to " + MAX_SOURCE + " printable characters");
            }
        }
        return java.util.Optional.empty();
    }

    private static String pick(String override, String base) {
        return override == null || override.isBlank() ? base : override.strip();
    }

    private static String optional(String override, String base) {
        if (override == null) {
            return base;
        }
        return override.isBlank() ? null : override.strip();
    }
}
