package org.hugmenow.platform.db;

import java.util.List;

/** Each module that keeps entities in the tenant schema exposes one CDI bean of this type. */
public interface TenantEntities {
    List<Class<?>> entityClasses();
}
