package org.hugmenow.hr.scim.api;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MultivaluedMap;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.directory.scim.core.schema.SchemaRegistry;
import org.apache.directory.scim.protocol.ErrorMessageType;
import org.hugmenow.hr.scim.application.AttributeNames;
import org.hugmenow.hr.scim.application.FilterBounds;
import org.hugmenow.hr.scim.application.ScimRefusal;
import org.hugmenow.platform.security.Caller;

/**
 * Checks and normalises SCIM's query parameters (RFC 7644 §3.4.2) before JAX-RS converts them.
 * Left to the container, {@code count=abc} is a 404 (a failed parameter conversion), a malformed
 * {@code attributes} a 500, and an enormous filter runs SCIMple's parser for minutes. Here each
 * is a 400 in SCIM's error format, filters are bounded before anyone parses them, sortOrder is
 * read in any case, and attribute names get their schema's spelling ({@link AttributeNames}).
 * The URI can only be rewritten before matching, hence a pre-matching filter.
 */
@PreMatching
@Priority(Priorities.HEADER_DECORATOR + 10)
public class ScimQueryGuard implements ContainerRequestFilter {

    /** Where the authentication mechanism leaves the verified caller (see BearerAuthenticationMechanism). */
    private static final String CALLER = Caller.class.getName();

    @Inject
    SchemaRegistry schemas;

    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!(servletRequest.getAttribute(CALLER) instanceof Caller)) {
            return; // ScimAccessFilter answers 401 before any parameter is looked at
        }
        URI uri = request.getUriInfo().getRequestUri();
        if (uri.getRawQuery() == null) {
            return;
        }
        try {
            String query = normalised(request.getUriInfo().getQueryParameters(), AttributeNames.coreUrnOf(request.getUriInfo().getPath()));
            String base = uri.toString().substring(0, uri.toString().indexOf('?'));
            request.setRequestUri(URI.create(base + "?" + query));
        } catch (ScimRefusal refusal) {
            request.abortWith(ScimErrors.response(refusal.status(), refusal.scimType(), refusal.getMessage()));
        }
    }

    private String normalised(MultivaluedMap<String, String> parameters, String coreUrn) {
        AttributeNames names = new AttributeNames(schemas);
        StringBuilder query = new StringBuilder();
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            for (String value : parameter.getValue()) {
                String normal = switch (parameter.getKey()) {
                    case "count", "startIndex" -> integer(parameter.getKey(), value);
                    case "sortOrder" -> sortOrder(value);
                    case "sortBy" -> names.attribute("sortBy", value.trim(), coreUrn);
                    case "attributes", "excludedAttributes" -> names.list(parameter.getKey(), value, coreUrn);
                    case "filter" -> {
                        FilterBounds.require(value);
                        yield names.filter(value, coreUrn);
                    }
                    default -> value;
                };
                query.append(query.isEmpty() ? "" : "&").append(encode(parameter.getKey())).append('=').append(encode(normal));
            }
        }
        return query.toString();
    }

    private static String integer(String name, String value) {
        try {
            return Integer.toString(Integer.parseInt(value.trim()));
        } catch (NumberFormatException e) {
            throw new ScimRefusal(400, ErrorMessageType.INVALID_VALUE, name + " must be an integer; \"" + shortened(value) + "\" is not.");
        }
    }

    private static String sortOrder(String value) {
        String order = value.trim().toLowerCase(Locale.ROOT);
        if (!order.equals("ascending") && !order.equals("descending")) {
            throw new ScimRefusal(400, ErrorMessageType.INVALID_VALUE,
                    "sortOrder must be \"ascending\" or \"descending\"; \"" + shortened(value) + "\" is neither.");
        }
        return order;
    }

    private static String shortened(String text) {
        return text.length() <= 60 ? text : text.substring(0, 60) + "…";
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
