package org.hugmenow.hr.scim.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.directory.scim.core.repository.PatchHandler;
import org.apache.directory.scim.protocol.ErrorMessageType;
import org.apache.directory.scim.spec.exception.MutabilityException;
import org.apache.directory.scim.spec.filter.FilterParseException;
import org.apache.directory.scim.spec.patch.PatchOperation;
import org.apache.directory.scim.spec.patch.PatchOperationPath;
import org.apache.directory.scim.spec.resources.ScimResource;

/**
 * Applies PATCH operations with SCIMple, after bringing the shapes real clients send into RFC
 * 7644 §3.5.2 form: Entra ID sends {@code replace} without a path whose value object has
 * dotted keys ({@code "name.givenName"}), and {@code active} as a string ({@code "False"}).
 */
final class ScimPatches {

    private ScimPatches() {
    }

    static <T extends ScimResource> T apply(PatchHandler handler, T resource, List<PatchOperation> operations) {
        if (operations == null || operations.isEmpty()) {
            throw new ScimRefusal(400, ErrorMessageType.INVALID_VALUE, "A PATCH request needs at least one operation.");
        }
        try {
            return handler.apply(resource, normalized(operations));
        } catch (MutabilityException e) {
            throw new ScimRefusal(400, ErrorMessageType.MUTABILITY, "The patch changes an attribute that cannot be changed.");
        } catch (ScimRefusal e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ScimRefusal(400, ErrorMessageType.INVALID_PATH, "The patch could not be applied: " + safe(e));
        }
    }

    static List<PatchOperation> normalized(List<PatchOperation> operations) {
        List<PatchOperation> out = new ArrayList<>();
        for (PatchOperation op : operations) {
            if (op.getOperation() == null) {
                throw new ScimRefusal(400, ErrorMessageType.INVALID_SYNTAX, "Every operation needs an \"op\" of add, replace or remove.");
            }
            if (op.getPath() == null && op.getValue() instanceof Map<?, ?> values && values.keySet().stream().anyMatch(k -> String.valueOf(k).contains(".") || "active".equals(k))) {
                out.addAll(split(op, values));
            } else {
                boolean active = op.getPath() != null && op.getPath().toString().endsWith("active");
                out.add(active ? op.setValue(booleanFromText(op.getValue())) : op);
            }
        }
        return out;
    }

    private static List<PatchOperation> split(PatchOperation op, Map<?, ?> values) {
        List<PatchOperation> out = new ArrayList<>();
        Map<String, Object> plain = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : values.entrySet()) {
            String key = String.valueOf(e.getKey());
            Object value = key.equals("active") ? booleanFromText(e.getValue()) : e.getValue();
            if (key.contains(".") && !key.startsWith("urn:")) {
                out.add(new PatchOperation().setOperation(op.getOperation()).setPath(path(key)).setValue(value));
            } else {
                plain.put(key, value);
            }
        }
        if (!plain.isEmpty()) {
            out.add(0, new PatchOperation().setOperation(op.getOperation()).setValue(plain));
        }
        return out;
    }

    private static PatchOperationPath path(String path) {
        try {
            return PatchOperationPath.fromString(path);
        } catch (FilterParseException e) {
            throw new ScimRefusal(400, ErrorMessageType.INVALID_PATH, "\"" + path + "\" is not a valid attribute path.");
        }
    }

    private static boolean isBooleanText(Object value) {
        return value instanceof String s && (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false"));
    }

    private static Object booleanFromText(Object value) {
        return isBooleanText(value) ? Boolean.valueOf(((String) value).toLowerCase()) : value;
    }

    /**
     * The library's own message when it is one written for a client (an illegal argument);
     * anything else, such as a null pointer's helpful message naming our classes, is not.
     */
    static String safe(RuntimeException e) {
        String message = e.getMessage();
        boolean forClients = e instanceof IllegalArgumentException;
        boolean internal = message == null || message.length() > 200
                || java.util.regex.Pattern.compile("Exception|java\\.|org\\.|Cannot invoke|because \"").matcher(message).find();
        return forClients && !internal ? message : "invalid path or value.";
    }
}
