package org.hugmenow.app.openapi;

import jakarta.ws.rs.FormParam;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Set;

/**
 * One JAX-RS resource method as the code declares it.
 *
 * @param access  {@link Access#PUBLIC} ({@code @PermitAll}), {@link Access#SIGNED_IN} (no role annotation: the
 *                platform's RolesAllowedFeature then admits any authenticated caller) or {@link Access#ROLES}
 * @param roles   the roles of {@code @RolesAllowed}, empty unless {@code access == ROLES}
 * @param body    the entity parameter's type, or null when the method takes no body
 */
record CodeOperation(String httpMethod, String path, Access access, Set<String> roles, Set<String> produces,
                     Type body, Method method) {

    enum Access { PUBLIC, SIGNED_IN, ROLES }

    String key() {
        return httpMethod + " " + path;
    }

    /** A form post ({@code @FormParam}) has a request body too, though no entity parameter. */
    boolean takesBody() {
        return body != null || Arrays.stream(method.getParameterAnnotations()).flatMap(Arrays::stream)
                .anyMatch(a -> a instanceof FormParam);
    }

    String where() {
        return method.getDeclaringClass().getSimpleName() + "." + method.getName();
    }
}
