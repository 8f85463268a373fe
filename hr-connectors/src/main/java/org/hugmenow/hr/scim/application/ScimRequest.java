package org.hugmenow.hr.scim.application;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import org.hugmenow.platform.tenancy.Tenant;

/**
 * The tenant and the {@code If-Match} precondition of the current SCIM request. SCIMple
 * 1.0.0-M1 passes the request's {@code ETag} header, not {@code If-Match}, to repositories, so
 * the precondition is carried here and checked in the same transaction as the write.
 */
@RequestScoped
public class ScimRequest {

    private Tenant tenant;
    private String ifMatch;
    private String baseUri;
    private int listedTotal = -1;
    private int listedStart = 1;

    public void begin(Tenant verifiedTenant, String ifMatchHeader, String base) {
        tenant = verifiedTenant;
        baseUri = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        ifMatch = ifMatchHeader == null || ifMatchHeader.isBlank() ? null : ifMatchHeader.trim();
    }

    public Tenant tenant() {
        if (tenant == null) {
            throw new IllegalStateException("SCIM request without a verified tenant");
        }
        return tenant;
    }

    /** The service provider's base URI, for {@code meta.location}. */
    public String baseUri() {
        return baseUri;
    }

    /**
     * What a list query found in all, and from where it started. SCIMple reports an empty page
     * as "0 results" without a start index; the response filter restores both from here.
     */
    public void listed(int total, int startIndex) {
        listedTotal = total;
        listedStart = startIndex;
    }

    public java.util.OptionalInt listedTotal() {
        return listedTotal < 0 ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(listedTotal);
    }

    public int listedStart() {
        return listedStart;
    }

    /** The precondition of one /Bulk operation (its "version", RFC 7644 §3.7), which replaces the request's. */
    public void expectVersion(String version) {
        ifMatch = version == null || version.isBlank() ? null : version.trim();
    }

    /** The expected version, or empty for none or {@code *} (any current version). */
    public Optional<String> expectedVersion() {
        return ifMatch == null || ifMatch.equals("*") ? Optional.empty() : Optional.of(ifMatch);
    }
}
