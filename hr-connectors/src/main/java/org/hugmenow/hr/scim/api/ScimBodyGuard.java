package org.hugmenow.hr.scim.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import org.apache.directory.scim.core.schema.SchemaRegistry;
import org.apache.directory.scim.protocol.ErrorMessageType;
import org.apache.directory.scim.protocol.data.PatchRequest;
import org.apache.directory.scim.protocol.data.SearchRequest;
import org.apache.directory.scim.spec.resources.ScimResource;
import org.hugmenow.hr.scim.application.AttributeNames;
import org.hugmenow.hr.scim.application.FilterBounds;
import org.hugmenow.hr.scim.application.ScimRefusal;
import org.hugmenow.platform.web.body.TextPolicy;

/**
 * Looks at a SCIM body as the client wrote it, before SCIMple binds it: binding fills in what is
 * missing (a PATCH without "schemas" gets the PatchOp URN) and parses filters and paths at once.
 * Here, on the raw JSON: filters and PATCH paths are bounded ({@link FilterBounds}) and given the
 * schemas' spelling of attribute names ({@link AttributeNames}), as are sortBy and attribute
 * lists of a search; a PATCH must name the PatchOp schema (RFC 7644 §3.5.2); a resource must list
 * in "schemas" every extension it carries (RFC 7643 §3). {@link ScimBulkResource} applies the
 * same checks to each operation of a /Bulk request.
 */
@Priority(3000) // before ScimMessageValidator, which checks the bound message
public class ScimBodyGuard implements ReaderInterceptor {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
    /** Operations of one PATCH; the parsing work of their paths is bounded by FilterBounds.MAX_REQUEST_CLAUSES. */
    static final int MAX_PATCH_OPERATIONS = 1_000;

    @Inject
    SchemaRegistry schemas;

    @Context
    UriInfo uri;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        Class<?> type = context.getType();
        boolean ours = type == PatchRequest.class || type == SearchRequest.class || ScimResource.class.isAssignableFrom(type);
        byte[] raw = context.getInputStream().readAllBytes();
        JsonNode body;
        try {
            body = JSON.readTree(raw);
        } catch (JsonProcessingException notJson) {
            body = null; // SCIMple's reader reports it, as invalidSyntax
        }
        if (ours && body instanceof ObjectNode message) {
            String core = AttributeNames.coreUrnOf(uri.getPath());
            if (type == PatchRequest.class) {
                patch(message, new AttributeNames(schemas), core);
            } else if (type == SearchRequest.class) {
                search(message, core);
            } else {
                resource(message, schemas, core);
            }
            raw = JSON.writeValueAsBytes(message);
        }
        if (body != null) {
            requireStorableText(body); // after the filter bounds, which answer an oversize filter more precisely
        }
        context.setInputStream(new ByteArrayInputStream(raw));
        return context.proceed();
    }

    /**
     * Every name and text in the body, /Bulk included, under the API's one text policy: a null
     * character cannot be stored (it was a 500), other control characters and bidirectional
     * overrides let one name pose as another. Line breaks stay allowed (formatted addresses).
     */
    static void requireStorableText(JsonNode node) {
        if (node.isTextual()) {
            TextPolicy.problem(node.asText(), true).ifPresent(problem ->
                    { throw new ScimRefusal(400, ErrorMessageType.INVALID_VALUE, "A value " + problem + "."); });
        } else if (node.isContainerNode()) {
            node.fieldNames().forEachRemaining(name -> TextPolicy.problem(name, false).ifPresent(problem ->
                    { throw new ScimRefusal(400, ErrorMessageType.INVALID_SYNTAX, "An attribute name " + problem + "."); }));
            node.forEach(ScimBodyGuard::requireStorableText);
        }
    }

    /** A PATCH message as sent: it names its schema; its paths are bounded and in the schemas' spelling. */
    static void patch(ObjectNode message, AttributeNames names, String coreUrn) {
        JsonNode declared = message.get("schemas");
        if (declared == null || !declared.isArray() || declared.size() != 1 || !PATCH_OP.equals(declared.get(0).asText())) {
            throw new ScimRefusal(400, ErrorMessageType.INVALID_SYNTAX, "\"schemas\" must be [\"" + PATCH_OP + "\"].");
        }
        if (message.path("Operations").size() > MAX_PATCH_OPERATIONS) {
            throw new ScimRefusal(413, null, "A PATCH may hold at most " + MAX_PATCH_OPERATIONS + " operations.");
        }
        FilterBounds.requireRequestTotal(pathClauses(message));
        for (JsonNode op : iterable(message.get("Operations"))) {
            if (op instanceof ObjectNode operation && operation.get("path") instanceof TextNode path) {
                operation.put("path", names.filter(path.asText(), coreUrn));
            }
        }
    }

    /** The comparisons in a PATCH message's paths, each path within {@link FilterBounds}. */
    static int pathClauses(JsonNode message) {
        int clauses = 0;
        for (JsonNode op : iterable(message.get("Operations"))) {
            if (op instanceof ObjectNode operation && operation.get("path") instanceof TextNode path) {
                try {
                    clauses += FilterBounds.require(path.asText());
                } catch (ScimRefusal tooBig) {
                    throw new ScimRefusal(400, ErrorMessageType.INVALID_PATH, tooBig.getMessage().replace("filter", "path"));
                }
            }
        }
        return clauses;
    }

    private void search(ObjectNode message, String coreUrn) {
        AttributeNames names = new AttributeNames(schemas);
        if (message.get("filter") instanceof TextNode filter) {
            FilterBounds.require(filter.asText());
            message.put("filter", names.filter(filter.asText(), coreUrn));
        }
        if (message.get("sortBy") instanceof TextNode sortBy) {
            message.put("sortBy", names.attribute("sortBy", sortBy.asText().trim(), coreUrn));
        }
        if (message.get("sortOrder") instanceof TextNode order) {
            message.put("sortOrder", order.asText().trim().toLowerCase(Locale.ROOT));
        }
        for (String list : new String[] {"attributes", "excludedAttributes"}) {
            JsonNode value = message.get(list);
            if (value instanceof TextNode text) {
                message.put(list, names.list(list, text.asText(), coreUrn));
            } else if (value instanceof ArrayNode items) {
                for (int i = 0; i < items.size(); i++) {
                    items.set(i, TextNode.valueOf(names.attribute(list, items.get(i).asText().trim(), coreUrn)));
                }
            }
        }
    }

    /**
     * Every extension object in the body must be declared in "schemas" (RFC 7643 §3), and every
     * value must have its attribute's type: SCIMple's binding would coerce 5 into "5".
     */
    static void resource(ObjectNode resource, SchemaRegistry schemas, String coreUrn) {
        ValueTypes.mismatch(schemas.getSchema(coreUrn), resource).ifPresent(ScimBodyGuard::wrongType);
        for (Iterator<Map.Entry<String, JsonNode>> it = resource.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            var extension = schemas.getSchema(field.getKey());
            if (extension != null && !extension.getId().equals(coreUrn) && field.getValue().isObject()) {
                ValueTypes.mismatch(extension, field.getValue()).ifPresent(ScimBodyGuard::wrongType);
            }
        }
        JsonNode declared = resource.path("schemas");
        for (Iterator<Map.Entry<String, JsonNode>> it = resource.fields(); it.hasNext(); ) {
            String key = it.next().getKey();
            if (key.regionMatches(true, 0, "urn:", 0, 4) && !declares(declared, key)) {
                throw new ScimRefusal(400, ErrorMessageType.INVALID_VALUE,
                        "\"" + key + "\" is used but not listed in \"schemas\"; list every extension the resource carries.");
            }
        }
    }

    private static void wrongType(String attribute) {
        throw new ScimRefusal(400, ErrorMessageType.INVALID_VALUE, "The value of \"" + attribute + "\" is not of its type.");
    }

    private static boolean declares(JsonNode declared, String urn) {
        for (JsonNode schema : iterable(declared)) {
            if (schema.asText().equalsIgnoreCase(urn)) {
                return true;
            }
        }
        return false;
    }

    private static Iterable<JsonNode> iterable(JsonNode node) {
        return node != null && node.isArray() ? node : java.util.List.of();
    }
}
