package org.hugmenow.tenant.entitlement.domain;

import java.util.Arrays;
import java.util.Optional;

/** The plans a tenant can be on, cheapest first; each includes everything of the ones before it. */
public enum Plan {
    FREE("free"), STANDARD("standard"), PREMIUM("premium");

    /** The most active people a free organization may have. */
    public static final int FREE_SEATS = 25;

    private final String code;

    Plan(String code) {
        this.code = code;
    }

    /** The code used in the registry, the API and Stripe price configuration. */
    public String code() {
        return code;
    }

    public boolean includes(Plan other) {
        return compareTo(other) >= 0;
    }

    public static Optional<Plan> ofCode(String code) {
        return Arrays.stream(values()).filter(p -> p.code.equals(code)).findFirst();
    }

    /** A registry value this build does not know counts as free, never as more. */
    public static Plan fromRegistry(String code) {
        return ofCode(code).orElse(FREE);
    }
}
