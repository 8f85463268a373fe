package org.hugmenow.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The house rules every module's ArchUnit test applies to its own classes (DESIGN.md §4, issue 15,
 * docs/architecture.md): layers inside a feature, boundaries between features, no cycles, SQL only
 * in persistence, one path to tenant data. Each rule is proven able to fail by
 * {@code ArchitectureRulesCatchViolationsTest}.
 */
public final class ModuleArchitectureRules {

    private ModuleArchitectureRules() {
    }

    /** Every rule for the classes of one module. */
    public static List<ArchRule> all(Modules.Module module) {
        List<ArchRule> rules = new ArrayList<>(List.of(livesUnder(module.roots()), domainIsPlainJava(), applicationKnowsNoHttp(),
                resourcesDoNotTouchPersistence(), internalsStayInTheirFeature(),
                BoundaryRules.featuresMeetOnlyThroughTheirPublicFace(module.roots()), BoundaryRules.rootsDependOneWay(module.roots()),
                SqlRules.sqlOnlyInPersistence(), SqlRules.storesAreNamedStore(), SqlRules.tenantDataIsReachedOnlyThroughTenantData()));
        rules.addAll(BoundaryRules.freeOfCycles(module.roots()));
        return rules;
    }

    /** Checks the production classes the current module compiled (its {@code target/classes}), whatever their package. */
    public static void checkModule(Modules.Module module) {
        check(all(module), compiledClassesOfThisModule());
    }

    /** Checks every rule and reports all the violated ones at once, not only the first. */
    public static void check(List<ArchRule> rules, JavaClasses classes) {
        List<String> failures = new ArrayList<>();
        for (ArchRule rule : rules) {
            try {
                rule.check(classes);
            } catch (AssertionError violated) {
                failures.add(violated.getMessage());
            }
        }
        if (!failures.isEmpty()) {
            throw new AssertionError(failures.size() + " house rule(s) violated:\n" + String.join("\n\n", failures));
        }
    }

    static JavaClasses compiledClassesOfThisModule() {
        Path compiled = Path.of("target", "classes");
        if (!Files.isDirectory(compiled)) {
            throw new AssertionError("no compiled classes at " + compiled.toAbsolutePath() + ": run the test from the module's directory");
        }
        JavaClasses classes = new ClassFileImporter().importPath(compiled);
        if (classes.isEmpty()) {
            throw new AssertionError("no classes imported from " + compiled.toAbsolutePath());
        }
        return classes;
    }

    static ArchRule livesUnder(List<String> roots) {
        return classes().should(new com.tngtech.archunit.lang.ArchCondition<JavaClass>("live under the module's root packages " + roots) {
            @Override
            public void check(JavaClass type, com.tngtech.archunit.lang.ConditionEvents events) {
                if (roots.stream().noneMatch(root -> type.getPackageName().equals(root) || type.getPackageName().startsWith(root + "."))) {
                    events.add(com.tngtech.archunit.lang.SimpleConditionEvent.violated(type, type.getName() + " is outside " + roots));
                }
            }
        });
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
                .because("application services refuse with Refusal; the api layer picks HTTP statuses")
                .allowEmptyShould(true);
    }

    static ArchRule resourcesDoNotTouchPersistence() {
        return noClasses().that().resideInAPackage("..api..")
                .should().dependOnClassesThat().resideInAnyPackage("..persistence..", "jakarta.persistence..", "org.hibernate..")
                .because("REST resources take and return records and go through application services")
                .allowEmptyShould(true);
    }

    static ArchRule internalsStayInTheirFeature() {
        return classes().should(BoundaryRules.dependencies("use internal packages only from within their own feature", (origin, target) -> {
            String to = target.getPackageName();
            int internal = to.indexOf(".internal");
            return internal < 0 || origin.getPackageName().startsWith(to.substring(0, internal));
        })).allowEmptyShould(true);
    }
}
