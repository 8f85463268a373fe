package org.hugmenow.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Set;

/**
 * Where SQL may live: in {@code persistence} packages (in classes named {@code *Store}) and in the
 * JDBC plumbing of {@code platform.db}; and tenant data is reached only through {@code TenantData}.
 */
public final class SqlRules {

    static final String PLUMBING = "org.hugmenow.platform.db";

    /** Types whose use means running SQL; application code may hold a {@code Connection} as its transaction, no more. */
    static final Set<String> SQL_TYPES = Set.of("java.sql.PreparedStatement", "java.sql.CallableStatement", "java.sql.Statement",
            "java.sql.ResultSet", PLUMBING + ".Sql", "jakarta.persistence.EntityManager", "jakarta.persistence.Query",
            "jakarta.persistence.TypedQuery", "org.hibernate.Session", "org.hibernate.StatelessSession", "org.postgresql.copy.CopyManager");

    static final Set<String> SQL_CALLS = Set.of("prepareStatement", "createStatement", "prepareCall", "nativeSQL");

    /**
     * How a connection or a Hibernate session for a tenant schema is made; only the plumbing behind
     * TenantData may do it. (The platform schema's own stores use the platform data source.)
     */
    static final Set<String> CONNECTION_MAKERS = Set.of("java.sql.DriverManager", "org.hibernate.SessionFactory",
            "jakarta.persistence.EntityManagerFactory", PLUMBING + ".ConnectionPools", PLUMBING + ".TenantUnit",
            PLUMBING + ".TenantSessionFactoryBuilder");

    private SqlRules() {
    }

    public static ArchRule sqlOnlyInPersistence() {
        return classes().that().resideOutsideOfPackages("..persistence..", PLUMBING + "..")
                .should(runNoSql())
                .because("application services keep the transaction and hand the connection to a store (issue 15)")
                .allowEmptyShould(true);
    }

    public static ArchRule storesAreNamedStore() {
        return classes().that().resideInAPackage("..persistence..")
                .should(new ArchCondition<JavaClass>("be (or be nested in) a class named *Store when they run SQL") {
                    @Override
                    public void check(JavaClass type, ConditionEvents events) {
                        String topLevel = type.getName().substring(type.getPackageName().length() + 1).split("\\$")[0];
                        if (usesSql(type) && !topLevel.endsWith("Store")) {
                            events.add(SimpleConditionEvent.violated(type, type.getName() + " runs SQL but is not named *Store"));
                        }
                    }
                }).allowEmptyShould(true);
    }

    public static ArchRule tenantDataIsReachedOnlyThroughTenantData() {
        return classes().that().resideOutsideOfPackage(PLUMBING + "..")
                .should(dependOnNoneOf(CONNECTION_MAKERS))
                .because("one path to a tenant's connection: TenantData sets the schema (ADR 0001)")
                .allowEmptyShould(true);
    }

    static ArchCondition<JavaClass> runNoSql() {
        return new ArchCondition<>("run no SQL (no statements, result sets, Sql helper, entity managers or sessions)") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                for (Dependency d : type.getDirectDependenciesFromSelf()) {
                    if (SQL_TYPES.contains(d.getTargetClass().getName())) {
                        events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                    }
                }
                for (JavaAccess<?> call : type.getAccessesFromSelf()) {
                    if (isSqlCall(call)) {
                        events.add(SimpleConditionEvent.violated(call, call.getDescription()));
                    }
                }
            }
        };
    }

    static ArchCondition<JavaClass> dependOnNoneOf(Set<String> names) {
        return new ArchCondition<>("depend on none of " + names) {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                for (Dependency d : type.getDirectDependenciesFromSelf()) {
                    if (names.contains(d.getTargetClass().getName())) {
                        events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                    }
                }
            }
        };
    }

    static boolean usesSql(JavaClass type) {
        return type.getDirectDependenciesFromSelf().stream().anyMatch(d -> SQL_TYPES.contains(d.getTargetClass().getName()))
                || type.getAccessesFromSelf().stream().anyMatch(SqlRules::isSqlCall);
    }

    private static boolean isSqlCall(JavaAccess<?> call) {
        return call.getTargetOwner().isAssignableTo("java.sql.Connection") && SQL_CALLS.contains(call.getName());
    }
}
