package org.hugmenow.wellness.insights.application;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.Map;

/**
 * The real beans of the insights data path, wired by field type the way CDI would, without a
 * container: the ITs run the production classes against PostgreSQL, and only the bean graph is
 * assembled by hand. Beans that need configuration are put in ready-made.
 */
final class TestBeans {

    private final Map<Class<?>, Object> beans = new HashMap<>();
    private final Map<Class<?>, Class<?>> implementations = new HashMap<>();

    <T> TestBeans put(Class<T> type, T bean) {
        beans.put(type, bean);
        return this;
    }

    TestBeans implement(Class<?> port, Class<?> implementation) {
        implementations.put(port, implementation);
        return this;
    }

    synchronized <T> T get(Class<T> type) {
        Object known = beans.get(type);
        if (known != null) {
            return type.cast(known);
        }
        Class<?> implementation = implementations.getOrDefault(type, type);
        if (implementation.isInterface()) {
            throw new IllegalStateException("no implementation given for " + type.getName());
        }
        Object bean = bare(implementation);
        beans.put(type, bean);
        beans.put(implementation, bean);
        for (Class<?> c = implementation; c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (field.isAnnotationPresent(Inject.class) && !Instance.class.equals(field.getType())) {
                    set(bean, field, get(field.getType()));
                }
            }
        }
        return type.cast(bean);
    }

    /** An instance made with the (possibly non-public) no-argument constructor, nothing injected. */
    static <T> T bare(Class<T> type) {
        try {
            Constructor<T> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    static <T> T construct(Class<T> type, Class<?>[] parameters, Object... arguments) {
        try {
            Constructor<T> constructor = type.getDeclaredConstructor(parameters);
            constructor.setAccessible(true);
            return constructor.newInstance(arguments);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    static void set(Object bean, String name, Object value) {
        for (Class<?> c = bean.getClass(); c != Object.class; c = c.getSuperclass()) {
            try {
                set(bean, c.getDeclaredField(name), value);
                return;
            } catch (NoSuchFieldException e) {
                // look in the superclass
            }
        }
        throw new IllegalArgumentException("no field " + name + " in " + bean.getClass());
    }

    private static void set(Object bean, Field field, Object value) {
        try {
            field.setAccessible(true);
            field.set(bean, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
