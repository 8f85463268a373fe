package org.hugmenow.app.openapi;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hugmenow.app.HugMeNowApplication;

/**
 * Every JAX-RS operation of HugMeNow's own resource classes, read by reflection from all modules on the
 * classpath (every {@code org.hugmenow} class with {@code @Path}), so that an operation added, moved or
 * re-secured in any module is seen without anyone listing it here. SCIMple's own resources (outside
 * {@code org.hugmenow}) are not seen; the test lists the SCIM operations it expects instead.
 */
final class JaxRsOperations {

    private static final Set<Class<? extends Annotation>> NON_BODY = Set.of(PathParam.class, QueryParam.class,
            HeaderParam.class, FormParam.class, CookieParam.class, MatrixParam.class, BeanParam.class, Context.class);

    private JaxRsOperations() {
    }

    static List<CodeOperation> all() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.hugmenow");
        // HugMeNowApplication serves the resources of its packages under /api; another application (ScimApplication
        // at /scim/v2) serves the classes it lists. A class may be served by both, and is then checked under both.
        String apiPrefix = HugMeNowApplication.class.getAnnotation(ApplicationPath.class).value();
        Map<Class<?>, String> listed = listedByOtherApplications(classes);
        List<CodeOperation> operations = new ArrayList<>();
        for (Class<?> type : resourceClasses(classes)) {
            List<String> prefixes = new ArrayList<>();
            if (HugMeNowApplication.PACKAGES.stream().anyMatch(p -> type.getPackageName().startsWith(p))) {
                prefixes.add(apiPrefix);
            }
            if (listed.containsKey(type)) {
                prefixes.add(listed.get(type));
            }
            for (String prefix : prefixes) {
                operations.addAll(operations(type, join(prefix, type.getAnnotation(Path.class).value())));
            }
        }
        operations.sort(Comparator.comparing(CodeOperation::key));
        return operations;
    }

    private static List<CodeOperation> operations(Class<?> type, String base) {
        List<CodeOperation> operations = new ArrayList<>();
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
        return operations;
    }

    private static List<Class<?>> resourceClasses(JavaClasses classes) {
        return classes.stream()
                .filter(c -> c.isAnnotatedWith(Path.class) && !c.isInterface())
                .<Class<?>>map(c -> load(c.getName()))
                .toList();
    }

    private static Map<Class<?>, String> listedByOtherApplications(JavaClasses classes) {
        Map<Class<?>, String> listed = new HashMap<>();
        classes.stream()
                .filter(c -> c.isAssignableTo(Application.class) && c.isAnnotatedWith(ApplicationPath.class))
                .map(c -> load(c.getName()))
                .filter(type -> type != HugMeNowApplication.class)
                .forEach(type -> {
                    String prefix = type.getAnnotation(ApplicationPath.class).value();
                    try {
                        Application application = (Application) type.getDeclaredConstructor().newInstance();
                        application.getClasses().forEach(listedClass -> listed.put(listedClass, prefix));
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException("Cannot list the classes of " + type, e);
                    }
                });
        return listed;
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
            roles = org.hugmenow.platform.security.Roles.expand(Arrays.asList(method.getAnnotation(RolesAllowed.class).value()));
        } else if (type.isAnnotationPresent(PermitAll.class)) {
            access = CodeOperation.Access.PUBLIC;
        } else if (type.isAnnotationPresent(RolesAllowed.class)) {
            access = CodeOperation.Access.ROLES;
            roles = org.hugmenow.platform.security.Roles.expand(Arrays.asList(type.getAnnotation(RolesAllowed.class).value()));
        } else {
            access = CodeOperation.Access.SIGNED_IN;
        }
        Produces produces = method.isAnnotationPresent(Produces.class) ? method.getAnnotation(Produces.class) : type.getAnnotation(Produces.class);
        Consumes consumes = method.isAnnotationPresent(Consumes.class) ? method.getAnnotation(Consumes.class) : type.getAnnotation(Consumes.class);
        return new CodeOperation(http, path, access, roles, media(produces == null ? null : produces.value()),
                media(consumes == null ? null : consumes.value()), parameters(method), body(method), method);
    }

    private static Set<String> parameters(Method method) {
        Set<String> parameters = new LinkedHashSet<>();
        for (Annotation[] annotations : method.getParameterAnnotations()) {
            for (Annotation a : annotations) {
                if (a instanceof PathParam p) {
                    parameters.add("path:" + p.value());
                } else if (a instanceof QueryParam q) {
                    parameters.add("query:" + q.value());
                } else if (a instanceof HeaderParam h) {
                    parameters.add("header:" + h.value());
                } else if (a instanceof CookieParam || a instanceof MatrixParam || a instanceof BeanParam) {
                    throw new IllegalStateException("The OpenAPI check does not read " + a.annotationType().getSimpleName() + ": " + method);
                }
            }
        }
        return parameters;
    }

    private static Set<String> media(String[] types) {
        return new LinkedHashSet<>(types == null ? List.of(MediaType.WILDCARD) : Arrays.asList(types));
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
