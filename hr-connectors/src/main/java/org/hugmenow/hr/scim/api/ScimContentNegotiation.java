package org.hugmenow.hr.scim.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * RFC 7644 §3.8: a service provider SHOULD accept and return {@code application/json} as well as
 * {@code application/scim+json}. Both name the same representation, but JAX-RS picks readers
 * and writers by media type, and for {@code application/json} (or {@code *}{@code /*}, or no
 * Accept at all) the container's generic JSON binding would win over SCIMple's, reading and
 * writing something that is not SCIM. So before matching, every JSON request is relabelled
 * {@code application/scim+json}; a client that accepts only {@code application/json} gets the
 * same bytes labelled as it asked ({@link ScimOutputFixes} puts the label back).
 */
@PreMatching
@Priority(Priorities.HEADER_DECORATOR)
public class ScimContentNegotiation implements ContainerRequestFilter {

    /** Request property: answer with {@code Content-Type: application/json}. */
    static final String ANSWER_AS_JSON = ScimContentNegotiation.class.getName() + ".json";

    private static final MediaType SCIM = MediaType.valueOf(ScimErrors.MEDIA_TYPE);

    @Override
    public void filter(ContainerRequestContext request) {
        MediaType sent = request.getMediaType();
        if (sent == null ? request.hasEntity() : isPlainJson(sent) || sent.isWildcardType()) {
            MediaType relabelled = sent == null || sent.isWildcardType() ? SCIM
                    : new MediaType(SCIM.getType(), SCIM.getSubtype(), sent.getParameters());
            request.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, relabelled.toString());
        }
        List<MediaType> accepted = request.getAcceptableMediaTypes();
        boolean scim = accepted.isEmpty() || accepted.stream().anyMatch(t -> t.isCompatible(SCIM) && acceptable(t));
        boolean json = accepted.stream().anyMatch(t -> isPlainJson(t) && acceptable(t));
        if (scim || json) {
            request.getHeaders().putSingle(HttpHeaders.ACCEPT, ScimErrors.MEDIA_TYPE);
            if (!scim) {
                request.setProperty(ANSWER_AS_JSON, Boolean.TRUE);
            }
        }
    }

    private static boolean isPlainJson(MediaType type) {
        return type.getType().equalsIgnoreCase("application") && type.getSubtype().equalsIgnoreCase("json");
    }

    /** A media range with {@code q=0} means "not acceptable" (RFC 9110 §12.5.1). */
    private static boolean acceptable(MediaType type) {
        String q = type.getParameters().get("q");
        return q == null || !q.trim().matches("0(\\.0*)?");
    }
}
