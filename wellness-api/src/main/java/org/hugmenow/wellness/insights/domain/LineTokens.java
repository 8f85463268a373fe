package org.hugmenow.wellness.insights.domain;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Names a reporting line without naming its manager: the token is 64 bits of HMAC-SHA256 of the
 * manager's id under the tenant's insights secret (a purpose prefix keeps it apart from the person
 * tags the audit stores). Output never carries a person id, so segment ids use the token.
 */
public final class LineTokens {

    private final PersonTagger tagger;
    private final Map<String, String> managerByToken = new HashMap<>();

    public LineTokens(byte[] tenantSecret, Collection<String> managers) {
        this.tagger = new PersonTagger(tenantSecret);
        managers.forEach(m -> managerByToken.put(token(m), m));
    }

    public String token(String managerId) {
        return String.format("%016x", tagger.tag("reporting-line:" + managerId));
    }

    public Optional<String> manager(String token) {
        return Optional.ofNullable(managerByToken.get(token));
    }
}
