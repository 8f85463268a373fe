package org.hugmenow.hr.scim.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.directory.scim.core.json.ObjectMapperFactory;
import org.apache.directory.scim.core.repository.Repository;
import org.apache.directory.scim.core.repository.RepositoryRegistry;
import org.apache.directory.scim.core.schema.SchemaRegistry;
import org.apache.directory.scim.protocol.ErrorMessageType;
import org.apache.directory.scim.protocol.data.PatchRequest;
import org.apache.directory.scim.spec.exception.ResourceException;
import org.apache.directory.scim.spec.resources.ScimGroup;
import org.apache.directory.scim.spec.resources.ScimResource;
import org.apache.directory.scim.spec.resources.ScimUser;
import org.hugmenow.hr.scim.application.AttributeNames;
import org.hugmenow.hr.scim.application.FilterBounds;
import org.hugmenow.hr.scim.application.ScimLimits;
import org.hugmenow.hr.scim.application.ScimRefusal;
import org.hugmenow.hr.scim.application.ScimRequest;
import org.hugmenow.platform.logging.ContextLogger;

/**
 * /Bulk (RFC 7644 §3.7) with POST, PUT, PATCH and DELETE, in place of SCIMple's, which cannot
 * read a PATCH operation (its data is bound as a resource) and answers 501 for one. Operations
 * run in order, each in its own transaction through the same repositories and checks as the
 * single-resource endpoints; a {@code bulkId:} reference may name any earlier operation's
 * resource; {@code version} is the operation's If-Match; after {@code failOnErrors} errors the
 * rest is not attempted. The answer is 200 with each operation's own status (§3.7.3).
 */
@Path("Bulk")
public class ScimBulkResource {

    private static final ContextLogger LOG = ContextLogger.of(ScimBulkResource.class);

    private static final String BULK_RESPONSE = "urn:ietf:params:scim:api:messages:2.0:BulkResponse";
    private static final String ERROR = "urn:ietf:params:scim:api:messages:2.0:Error";
    private static final ObjectMapper TREES = new ObjectMapper();

    @Inject
    SchemaRegistry schemas;

    /** SCIMple's registry of our repositories (the repository classes themselves cannot be proxied). */
    @Inject
    RepositoryRegistry repositories;

    @Inject
    ScimRequest request;

    @POST
    @Consumes({ScimErrors.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Produces({ScimErrors.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    public Response bulk(String body) {
        JsonNode message;
        try {
            message = TREES.readTree(body);
        } catch (JsonProcessingException e) {
            throw new ScimRefusal(400, ErrorMessageType.INVALID_SYNTAX, "The request body is not well-formed JSON.");
        }
        if (!(message instanceof ObjectNode) || !(message.get("Operations") instanceof ArrayNode operations)) {
            throw new ScimRefusal(400, ErrorMessageType.INVALID_SYNTAX, "A /Bulk request needs \"Operations\", an array.");
        }
        if (operations.size() > ScimLimits.BULK_MAX_OPERATIONS) {
            throw new ScimRefusal(413, null, "A /Bulk request may hold at most " + ScimLimits.BULK_MAX_OPERATIONS
                    + " operations; this one holds " + operations.size() + ".");
        }
        int clauses = 0;
        for (JsonNode operation : operations) {
            if ("PATCH".equalsIgnoreCase(operation.path("method").asText()) && operation.get("data") instanceof ObjectNode data) {
                clauses += ScimBodyGuard.pathClauses(data);
            }
        }
        FilterBounds.requireRequestTotal(clauses); // before any operation runs, so nothing is half done
        int failOnErrors = message.path("failOnErrors").asInt(0);
        ObjectMapper scimJson = ObjectMapperFactory.createObjectMapper(schemas);
        Map<String, String> createdIds = new HashMap<>();
        ArrayNode results = TREES.createArrayNode();
        int errors = 0;
        for (JsonNode operation : operations) {
            ObjectNode result = run(operation, createdIds, scimJson);
            results.add(result);
            if (result.has("response") && failOnErrors > 0 && ++errors >= failOnErrors) {
                break;
            }
        }
        ObjectNode answer = TREES.createObjectNode();
        answer.putArray("schemas").add(BULK_RESPONSE);
        answer.set("Operations", results);
        return Response.ok(answer.toString(), ScimErrors.MEDIA_TYPE).build();
    }

    private ObjectNode run(JsonNode operation, Map<String, String> createdIds, ObjectMapper scimJson) {
        String method = operation.path("method").asText("").toUpperCase(Locale.ROOT);
        String bulkId = operation.hasNonNull("bulkId") ? operation.get("bulkId").asText() : null;
        ObjectNode result = TREES.createObjectNode().put("method", method);
        if (bulkId != null) {
            result.put("bulkId", bulkId);
        }
        try {
            String path = resolved(operation.path("path").asText(""), createdIds);
            request.expectVersion(operation.hasNonNull("version") ? operation.get("version").asText() : null);
            boolean toUsers = path.regionMatches(true, 0, "/Users", 0, 6);
            if (!toUsers && !path.regionMatches(true, 0, "/Groups", 0, 7)) {
                throw new ScimRefusal(400, ErrorMessageType.INVALID_PATH, "An operation's path must start with /Users or /Groups.");
            }
            ScimResource done = toUsers
                    ? apply(repositories.getRepository(ScimUser.class), ScimUser.class, method, path, operation, createdIds, scimJson)
                    : apply(repositories.getRepository(ScimGroup.class), ScimGroup.class, method, path, operation, createdIds, scimJson);
            if (done != null) {
                result.put("location", done.getMeta().getLocation()).put("version", done.getMeta().getVersion());
                if (bulkId != null && method.equals("POST")) {
                    createdIds.put(bulkId, done.getId());
                }
            }
            result.put("status", switch (method) {
                case "POST" -> "201";
                case "DELETE" -> "204";
                default -> "200";
            });
        } catch (ScimRefusal.Checked checked) {
            failed(result, checked.refusal());
        } catch (ScimRefusal refusal) {
            failed(result, refusal);
        } catch (ResourceException e) {
            failed(result, new ScimRefusal(e.getStatus(), e.getMessage()));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            failed(result, new ScimRefusal(400, ErrorMessageType.INVALID_SYNTAX,
                    "The operation's data does not match the resource's schema (an unknown attribute or a value of the wrong type)."));
        } catch (RuntimeException e) {
            // Earlier operations are committed: this one fails alone, so the client learns which did.
            LOG.warn("a /Bulk operation failed", e);
            failed(result, new ScimRefusal(500, "The operation could not be completed."));
        }
        return result;
    }

    private <T extends ScimResource> T apply(Repository<T> repository, Class<T> type, String method, String path, JsonNode operation,
                                             Map<String, String> createdIds, ObjectMapper scimJson) throws ResourceException, JsonProcessingException {
        String[] segments = path.split("/");
        String id = segments.length == 3 ? segments[2] : null;
        if (method.equals("POST") != (id == null) || segments.length > 3) {
            throw new ScimRefusal(400, ErrorMessageType.INVALID_PATH,
                    method.equals("POST") ? "POST names the endpoint only, such as /Users." : method + " names one resource, such as /Users/{id}.");
        }
        if (method.equals("DELETE")) {
            repository.delete(id);
            return null;
        }
        if (!(operation.get("data") instanceof ObjectNode data)) {
            throw new ScimRefusal(400, ErrorMessageType.INVALID_SYNTAX, method + " needs \"data\", an object.");
        }
        resolveReferences(data, createdIds);
        switch (method) {
            case "POST", "PUT" -> {
                ScimBodyGuard.resource(data, schemas, type == ScimUser.class ? ScimUser.SCHEMA_URI : ScimGroup.SCHEMA_URI);
                T resource = scimJson.treeToValue(data, type);
                return method.equals("POST") ? repository.create(resource) : repository.update(id, null, resource, Set.of(), Set.of());
            }
            case "PATCH" -> {
                ScimBodyGuard.patch(data, new AttributeNames(schemas), type == ScimUser.class ? ScimUser.SCHEMA_URI : ScimGroup.SCHEMA_URI);
                PatchRequest patch = scimJson.treeToValue(data, PatchRequest.class);
                ScimMessageValidator.check(schemas, patch, type == ScimUser.class);
                return repository.patch(id, null, patch.getPatchOperationList(), Set.of(), Set.of());
            }
            default -> throw new ScimRefusal(400, ErrorMessageType.INVALID_SYNTAX, "method must be POST, PUT, PATCH or DELETE.");
        }
    }

    /** {@code bulkId:x} anywhere in the data names the resource an earlier operation created as x. */
    private static void resolveReferences(JsonNode node, Map<String, String> createdIds) {
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (field.getValue().isTextual()) {
                    object.put(field.getKey(), resolved(field.getValue().asText(), createdIds));
                } else {
                    resolveReferences(field.getValue(), createdIds);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i).isTextual()) {
                    array.set(i, TREES.getNodeFactory().textNode(resolved(array.get(i).asText(), createdIds)));
                } else {
                    resolveReferences(array.get(i), createdIds);
                }
            }
        }
    }

    private static String resolved(String text, Map<String, String> createdIds) {
        int at = text.indexOf("bulkId:");
        if (at < 0 || at > 0 && text.charAt(at - 1) != '/') {
            return text;
        }
        String bulkId = text.substring(at + "bulkId:".length());
        String id = createdIds.get(bulkId);
        if (id == null) {
            throw new ScimRefusal(409, ErrorMessageType.INVALID_VALUE,
                    "bulkId:" + bulkId + " names no resource created by an earlier operation of this request.");
        }
        return text.substring(0, at) + id;
    }

    private static void failed(ObjectNode result, ScimRefusal refusal) {
        result.put("status", Integer.toString(refusal.status()));
        ObjectNode error = result.putObject("response");
        error.putArray("schemas").add(ERROR);
        if (refusal.scimType() != null) {
            error.put("scimType", refusal.scimType().getScimType());
        }
        error.put("detail", refusal.getMessage()).put("status", Integer.toString(refusal.status()));
    }
}
