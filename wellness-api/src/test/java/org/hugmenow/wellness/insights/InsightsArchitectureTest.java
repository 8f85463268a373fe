package org.hugmenow.wellness.insights;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.ArrayList;
import java.util.List;
import org.hugmenow.architecture.ModuleArchitectureRules;
import org.hugmenow.architecture.Modules;
import org.junit.jupiter.api.Test;

/**
 * The house rules for the insights feature alone (the module's own test covers it too), plus one of
 * its own: the anonymity engine depends on nothing outside the JDK and itself, no CDI, no JSON, no
 * other feature, so that every employer-facing number is decided by code that can be read in one place.
 */
class InsightsArchitectureTest {

    private static final String DOMAIN = "org.hugmenow.wellness.insights.domain";

    @Test
    void followsTheHouseRulesAndTheEngineIsPlainJava() {
        JavaClasses insights = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.hugmenow.wellness.insights");
        ArchRule plainJava = noClasses().that().resideInAPackage(DOMAIN + "..")
                .should().dependOnClassesThat().resideOutsideOfPackages(DOMAIN + "..", "java..", "javax.crypto..")
                .because("the anonymity engine is plain Java (ADR 0012)");
        List<ArchRule> rules = new ArrayList<>(ModuleArchitectureRules.all(Modules.WELLNESS));
        rules.add(plainJava);
        ModuleArchitectureRules.check(rules, insights);
    }
}
