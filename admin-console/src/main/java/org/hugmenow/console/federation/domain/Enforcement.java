package org.hugmenow.console.federation.domain;

import java.time.Instant;
import java.util.List;

/** Whether a tenant's people must sign in through a company provider, and the break-glass admins who may still use a password. */
public record Enforcement(boolean enforced, List<String> breakGlassAdmins, String setBy, Instant setAt) {
}
