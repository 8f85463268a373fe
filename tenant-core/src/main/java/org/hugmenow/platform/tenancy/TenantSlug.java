package org.hugmenow.platform.tenancy;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A tenant's stable, URL- and SQL-safe name. The pattern is the only guarantee that
 * {@link #schemaName()} can be put into SQL without quoting problems, so it is enforced here.
 */
public record TenantSlug(String value) {

    private static final Pattern SHAPE = Pattern.compile("[a-z0-9](?:[a-z0-9-]{1,38})[a-z0-9]");
    static final Set<String> RESERVED = Set.of(
            "platform", "master", "admin", "api", "www", "app", "public", "default", "system",
            "root", "health", "metrics", "openapi", "scim", "keycloak", "auth", "login", "static",
            "tenant", "tenants", "pg-catalog", "information-schema", "test", "demo-template");

    public TenantSlug {
        Optional<String> problem = problemWith(value);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get());
        }
    }

    /** Explains why a candidate slug is not acceptable, or empty if it is. */
    public static Optional<String> problemWith(String candidate) {
        if (candidate == null || candidate.isBlank()) {
            return Optional.of("slug is required");
        }
        if (candidate.length() < 3 || candidate.length() > 40) {
            return Optional.of("slug must be 3 to 40 characters long");
        }
        if (!SHAPE.matcher(candidate).matches()) {
            return Optional.of("slug may hold only lowercase letters, digits and '-', and must start and end with a letter or digit");
        }
        if (candidate.contains("--")) {
            return Optional.of("slug must not contain '--'");
        }
        if (RESERVED.contains(candidate)) {
            return Optional.of("slug '" + candidate + "' is reserved");
        }
        return Optional.empty();
    }

    /** PostgreSQL schema holding this tenant's data; '-' becomes '_' so no quoting is needed. */
    public String schemaName() {
        return "tenant_" + value.replace('-', '_');
    }

    @Override
    public String toString() {
        return value;
    }
}
