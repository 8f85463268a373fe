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
 * @param produces the media types of {@code @Produces} (method, else class), or the wildcard type without one
 * @param consumes the media types of {@code @Consumes} (method, else class), or the wildcard type without one
 * @param parameters the path, query and header parameters, as "in:name" (e.g. "query:limit")
 * @param body    the entity parameter's type, or null when the method takes no body
 */
record CodeOperation(String httpMethod, String path, Access access, Set<String> roles, Set<String> produces,
                     Set<String> consumes, Set<String> parameters, Type body, Method method) {

    enum Access { PUBLIC, SIGNED_IN, ROLES }

    String key() {
        return httpMethod + " " + path;
    }

    /** A form post ({@code @FormParam}) has a request body too, though no entity parameter. */
    boolean takesBody() {
        return body != null || Arrays.stream(method.getParameterAnnotations()).flatMap(Arrays::stream)
                .anyMatch(a -> a instanceof FormParam);
    }

    /**
     * JAX-RS picks between methods of one path and verb by media type (the activation form post and
     * its JSON twin): they are one documented operation, described by the one with a JSON body.
     */
    CodeOperation merge(CodeOperation other) {
        CodeOperation primary = other.body != null && body == null ? other : this;
        return new CodeOperation(httpMethod, path, primary.access, primary.roles, union(produces, other.produces),
                union(consumes, other.consumes), union(parameters, other.parameters), primary.body, primary.method);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.TreeSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    String where() {
        return method.getDeclaringClass().getSimpleName() + "." + method.getName();
    }
}
