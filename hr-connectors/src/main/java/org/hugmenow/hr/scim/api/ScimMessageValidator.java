package org.hugmenow.hr.scim.api;

import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.apache.directory.scim.protocol.ErrorMessageType;
import org.apache.directory.scim.protocol.data.PatchRequest;
import org.apache.directory.scim.spec.patch.PatchOperation;
import org.hugmenow.hr.scim.application.ScimRefusal;

/**
 * Checks a message itself as soon as it is read, before any resource is looked up. A PATCH
 * (RFC 7644 §3.5.2): the PatchOp schema, at least one operation, a path for remove, a value for
 * add and replace, a path naming an attribute of the resource, no writes to read-only
 * attributes, values of the attribute's type. {@link ScimBulkResource} runs the same checks on
 * each PATCH operation of a /Bulk request.
 */
public class ScimMessageValidator implements ReaderInterceptor {

    private static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

    @jakarta.inject.Inject
    org.apache.directory.scim.core.schema.SchemaRegistry schemas;

    @jakarta.ws.rs.core.Context
    jakarta.ws.rs.core.UriInfo uri;

    static final String PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
    private static final Set<String> READ_ONLY = Set.of("id", "meta", "groups");

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        Object entity = context.proceed();
        if (entity instanceof PatchRequest patch) {
            check(schemas, patch, uri.getPath().startsWith("Users") || uri.getPath().startsWith("/Users"));
        }
        return entity;
    }

    /** Everything checked on a PATCH message, here and for PATCH operations inside /Bulk. */
    static void check(org.apache.directory.scim.core.schema.SchemaRegistry schemas, PatchRequest patch, boolean users) {
        validate(patch);
        patch.getPatchOperationList().forEach(op -> knownPath(schemas, op, users));
    }

    /**
     * A path must name an attribute of the resource's schemas (RFC 7644 §3.5.2: "invalidPath"),
     * checked here so that a malformed request is refused before the resource is looked up.
     */
    private static void knownPath(org.apache.directory.scim.core.schema.SchemaRegistry schemas, PatchOperation op, boolean users) {
        if (op.getPath() == null) {
            return;
        }
        var ref = op.getPath().getValuePathExpression().getAttributePath();
        String core = users ? "urn:ietf:params:scim:schemas:core:2.0:User" : "urn:ietf:params:scim:schemas:core:2.0:Group";
        String urn = ref.getUrn() == null ? core : ref.getUrn();
        if (!urn.equals(core) && !(users && urn.equals(ENTERPRISE))) {
            throw invalidPath(ref.getFullyQualifiedAttributeName());
        }
        org.apache.directory.scim.spec.schema.Schema schema = schemas.getSchema(urn);
        var attribute = schema == null ? null : schema.getAttribute(ref.getAttributeName());
        if (attribute == null || ref.getSubAttributeName() != null && attribute.getAttribute(ref.getSubAttributeName()) == null) {
            throw invalidPath(ref.getFullyQualifiedAttributeName());
        }
        var target = ref.getSubAttributeName() == null ? attribute : attribute.getAttribute(ref.getSubAttributeName());
        if (op.getOperation() != PatchOperation.Type.REMOVE && !ValueTypes.fits(target, op.getValue())) {
            throw new ScimRefusal(400, ErrorMessageType.INVALID_VALUE, "The value for \"" + ref.getFullyQualifiedAttributeName()
                    + "\" is not of its type (" + target.getType().name().toLowerCase(java.util.Locale.ROOT) + ").");
        }
    }

    private static ScimRefusal invalidPath(String path) {
        return new ScimRefusal(400, ErrorMessageType.INVALID_PATH, "\"" + path + "\" is not an attribute of this resource.");
    }

    static void validate(PatchRequest patch) {
        if (patch.getSchemas() == null || patch.getSchemas().size() != 1 || !patch.getSchemas().contains(PATCH_OP)) {
            throw new ScimRefusal(400, ErrorMessageType.INVALID_SYNTAX, "\"schemas\" must be [\"" + PATCH_OP + "\"].");
        }
        List<PatchOperation> operations = patch.getPatchOperationList();
        if (operations == null || operations.isEmpty()) {
            throw new ScimRefusal(400, ErrorMessageType.INVALID_VALUE, "A PATCH request needs at least one operation.");
        }
        for (PatchOperation op : operations) {
            if (op.getOperation() == null) {
                throw new ScimRefusal(400, ErrorMessageType.INVALID_SYNTAX, "Every operation needs an \"op\" of add, replace or remove.");
            }
            if (op.getOperation() == PatchOperation.Type.REMOVE && op.getPath() == null) {
                throw new ScimRefusal(400, ErrorMessageType.NO_TARGET, "A remove operation needs a path.");
            }
            if (op.getOperation() != PatchOperation.Type.REMOVE && op.getValue() == null) {
                throw new ScimRefusal(400, ErrorMessageType.INVALID_VALUE, "An add or replace operation needs a value.");
            }
            String root = op.getPath() == null ? null
                    : op.getPath().getValuePathExpression().getAttributePath().getAttributeName();
            if (root != null && READ_ONLY.contains(root)) {
                throw new ScimRefusal(400, ErrorMessageType.MUTABILITY, "\"" + root + "\" is read-only.");
            }
        }
    }
}
