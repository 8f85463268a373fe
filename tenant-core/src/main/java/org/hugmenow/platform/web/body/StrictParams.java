package org.hugmenow.platform.web.body;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.function.Function;
import java.util.List;
import org.hugmenow.platform.web.Problem;
import org.hugmenow.platform.web.ProblemException;

/**
 * Numbers and flags in parameters, read strictly. JAX-RS answers a query value it cannot convert
 * with 404 ("no such resource"), and reads any word but "true" as false; here "abc" for a number
 * or "banana" for a flag is a 400 that names the parameter. An empty value counts as absent.
 */
@Provider
public class StrictParams implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> type, Type genericType, Annotation[] annotations) {
        String name = parameterName(annotations);
        if (type == Integer.class) {
            return (ParamConverter<T>) converter(name, "must be a whole number", Integer::valueOf);
        }
        if (type == Long.class) {
            return (ParamConverter<T>) converter(name, "must be a whole number", Long::valueOf);
        }
        if (type == Boolean.class) {
            return (ParamConverter<T>) converter(name, "must be true or false", StrictParams::flag);
        }
        return null;
    }

    private static <T> ParamConverter<T> converter(String name, String expectation, Function<String, T> parse) {
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                if (value == null || value.isEmpty()) {
                    return null;
                }
                try {
                    return parse.apply(value);
                } catch (IllegalArgumentException wrong) {
                    throw refusal(name, expectation);
                }
            }

            @Override
            public String toString(T value) {
                return String.valueOf(value);
            }
        };
    }

    private static Boolean flag(String value) {
        return switch (value) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException(value);
        };
    }

    /** A WebApplicationException, so that JAX-RS passes it on instead of turning it into its 404. */
    private static BadRequestException refusal(String name, String expectation) {
        var problem = ProblemException.invalid(List.of(new Problem.FieldError(name, expectation)));
        return new BadRequestException(problem.getMessage(), problem);
    }

    private static String parameterName(Annotation[] annotations) {
        for (Annotation a : annotations) {
            if (a instanceof QueryParam q) {
                return q.value();
            }
            if (a instanceof PathParam p) {
                return p.value();
            }
            if (a instanceof HeaderParam h) {
                return h.value();
            }
            if (a instanceof FormParam f) {
                return f.value();
            }
        }
        return "parameter";
    }
}
