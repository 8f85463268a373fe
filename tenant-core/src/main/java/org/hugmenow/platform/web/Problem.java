package org.hugmenow.platform.web;

import java.util.List;

/**
 * An RFC 9457 problem document. {@code detail} is always written for the caller: it never
 * carries exception messages, SQL or stack traces.
 */
public record Problem(String type, String title, int status, String detail, String instance,
                      String requestId, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public record FieldError(String field, String message) {
    }

    public static String typeFor(String name) {
        return "urn:hugmenow:problem:" + name;
    }
}
