package org.hugmenow.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;

/**
 * The rules of DESIGN.md §4 that every module's ArchUnit test applies to its own classes:
 * domains stay free of JAX-RS and persistence, REST resources do not reach into persistence,
 * and nobody uses another feature's {@code internal} package.
 */
public final class ModuleArchitectureRules {

    private ModuleArchitectureRules() {
    }

    public static List<ArchRule> all() {
        return List.of(domainIsPlainJava(), applicationKnowsNoHttp(), resourcesDoNotTouchPersistence(),
                internalsStayInTheirFeature(), everythingLivesUnderTheProductPackage());
    }

    public static void check(JavaClasses classes) {
        all().forEach(rule -> rule.check(classes));
    }

    /** Checks the production classes of one module's root package. */
    public static void checkModule(String rootPackage) {
        check(new com.tngtech.archunit.core.importer.ClassFileImporter()
                .withImportOption(com.tngtech.archunit.core.importer.ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(rootPackage));
    }

    static ArchRule domainIsPlainJava() {
        return noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "jakarta.ws.rs..", "jakarta.persistence..", "org.hibernate..", "java.sql..", "javax.sql..",
                        "jakarta.servlet..", "org.flywaydb..")
                .because("the domain holds business rules only (DESIGN.md §4)")
                .allowEmptyShould(true);
    }

    static ArchRule applicationKnowsNoHttp() {
        return noClasses().that().resideInAPackage("..application..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "org.hugmenow.platform.web..")
                .because("application services report refusals in their own terms; the api layer picks HTTP statuses")
                .allowEmptyShould(true);
    }

    static ArchRule resourcesDoNotTouchPersistence() {
        return noClasses().that().resideInAPackage("..api..")
                .should().dependOnClassesThat().resideInAnyPackage("..persistence..", "jakarta.persistence..", "org.hibernate..")
                .because("REST resources take and return records and go through application services or repositories")
                .allowEmptyShould(true);
    }

    static ArchRule internalsStayInTheirFeature() {
        return classes().should(new ArchCondition<JavaClass>("use internal packages only from within their own feature") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    String target = dependency.getTargetClass().getPackageName();
                    int internal = target.indexOf(".internal");
                    if (target.startsWith("org.hugmenow.") && internal > 0
                            && !origin.getPackageName().startsWith(target.substring(0, internal))) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        }).allowEmptyShould(true);
    }

    static ArchRule everythingLivesUnderTheProductPackage() {
        return classes().should().resideInAPackage("org.hugmenow..").allowEmptyShould(true);
    }
}
