package org.hugmenow.app.openapi;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hugmenow.app.HugMeNowApplication;

/**
 * Every JAX-RS operation of the HugMeNow API, read by reflection from the resource classes of all modules
 * on the classpath (every {@code org.hugmenow} class with {@code @Path}), so that an operation added, moved or
 * re-secured in any module is seen without anyone listing it here.
 */
final class JaxRsOperations {

    private static final Set<Class<? extends Annotation>> NON_BODY = Set.of(PathParam.class, QueryParam.class,
            HeaderParam.class, FormParam.class, CookieParam.class, MatrixParam.class, BeanParam.class, Context.class);

    private JaxRsOperations() {
    }

    static List<CodeOperation> all() {
        String prefix = HugMeNowApplication.class.getAnnotation(ApplicationPath.class).value();
        List<CodeOperation> operations = new ArrayList<>();
        for (Class<?> type : resourceClasses()) {
            String base = join(prefix, type.getAnnotation(Path.class).value());
            for (Method method : type.getDeclaredMethods()) {
                String http = httpMethod(method);
                if (http == null && method.isAnnotationPresent(Path.class)) {
                    // A sub-resource locator's operations would escape this check; refuse it until the check follows them.
                    throw new IllegalStateException("Sub-resource locators are not supported by the OpenAPI check: " + method);
                }
                if (http != null) {
                    String path = method.isAnnotationPresent(Path.class) ? join(base, method.getAnnotation(Path.class).value()) : base;
                    operations.add(operation(type, method, http, path));
                }
            }
        }
        operations.sort(Comparator.comparing(CodeOperation::key));
        return operations;
    }

    private static List<Class<?>> resourceClasses() {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.hugmenow").stream()
                .filter(c -> c.isAnnotatedWith(Path.class) && !c.isInterface())
                .filter(c -> HugMeNowApplication.PACKAGES.stream().anyMatch(p -> c.getPackageName().startsWith(p)))
                .<Class<?>>map(c -> load(c.getName()))
                .toList();
    }

    private static CodeOperation operation(Class<?> type, Method method, String http, String path) {
        CodeOperation.Access access;
        Set<String> roles = Set.of();
        if (method.isAnnotationPresent(DenyAll.class)) {
            throw new IllegalStateException("@DenyAll operations should not exist: " + method);
        } else if (method.isAnnotationPresent(PermitAll.class)) {
            access = CodeOperation.Access.PUBLIC;
        } else if (method.isAnnotationPresent(RolesAllowed.class)) {
            access = CodeOperation.Access.ROLES;
            roles = Set.copyOf(Arrays.asList(method.getAnnotation(RolesAllowed.class).value()));
        } else if (type.isAnnotationPresent(PermitAll.class)) {
            access = CodeOperation.Access.PUBLIC;
        } else if (type.isAnnotationPresent(RolesAllowed.class)) {
            access = CodeOperation.Access.ROLES;
            roles = Set.copyOf(Arrays.asList(type.getAnnotation(RolesAllowed.class).value()));
        } else {
            access = CodeOperation.Access.SIGNED_IN;
        }
        Produces produces = method.isAnnotationPresent(Produces.class) ? method.getAnnotation(Produces.class) : type.getAnnotation(Produces.class);
        Set<String> media = new LinkedHashSet<>(produces == null ? List.of(MediaType.WILDCARD) : Arrays.asList(produces.value()));
        return new CodeOperation(http, path, access, roles, media, body(method), method);
    }

    private static Type body(Method method) {
        Annotation[][] annotations = method.getParameterAnnotations();
        for (int i = 0; i < annotations.length; i++) {
            boolean bound = Arrays.stream(annotations[i]).anyMatch(a -> NON_BODY.contains(a.annotationType()));
            if (!bound) {
                return method.getGenericParameterTypes()[i];
            }
        }
        return null;
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value().toLowerCase();
            }
        }
        return null;
    }

    private static String join(String base, String sub) {
        String a = base.replaceAll("/+$", "");
        String b = sub.replaceAll("^/+|/+$", "");
        // A template's regex ({id: [0-9]+}) is not part of the documented path.
        String joined = b.isEmpty() ? a : a + "/" + b;
        return joined.replaceAll("\\{\\s*([\\w.-]+)\\s*:[^}]*}", "{$1}");
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, JaxRsOperations.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(name, e);
        }
    }
}
