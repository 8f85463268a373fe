package org.hugmenow.app.openapi;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;

/**
 * Makes /openapi serve META-INF/openapi.yaml as written (ADR 0009). Payara 6.2025.10 adds a non-standard root
 * property {@code endpoints} (a lint error; Payara later renamed it {@code x-endpoints}) and loses the operations'
 * {@code x-roles} while reading the static file. This filter runs last: it empties {@code endpoints} and puts
 * {@code x-roles} back from each description's "Roles:" or "Public:" sentence, which OpenApiContractTest keeps equal
 * to the annotations and to {@code x-roles} in the file.
 */
public class ServedDocumentFilter implements OASFilter {

    static final String ROLES = "x-roles";
    private static final Pattern ROLES_SENTENCE = Pattern.compile("Roles: ([a-z-]+(?:, [a-z-]+)*)\\.");
    private static final String ANY_SIGNED_IN = "Roles: any signed-in caller";

    @Override
    public Operation filterOperation(Operation operation) {
        List<String> roles = roles(operation.getDescription());
        if (roles != null && (operation.getExtensions() == null || !operation.getExtensions().containsKey(ROLES))) {
            operation.addExtension(ROLES, roles);
        }
        return operation;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        try {
            Method endpoints = openAPI.getClass().getMethod("getEndpoints");
            if (endpoints.invoke(openAPI) instanceof Map<?, ?> map) {
                map.clear();
            }
        } catch (ReflectiveOperationException | UnsupportedOperationException e) {
            // Another Payara version: no such property, or one we cannot touch; the lint of /openapi would show it.
        }
    }

    /** The roles an operation's description states, as {@code x-roles} has them; null when it states none. */
    static List<String> roles(String description) {
        if (description == null) {
            return null;
        }
        if (description.contains(ANY_SIGNED_IN)) {
            return List.of("*");
        }
        Matcher m = ROLES_SENTENCE.matcher(description);
        if (m.find()) {
            return Arrays.asList(m.group(1).split(", "));
        }
        return description.contains("Public: ") ? List.of() : null;
    }
}
