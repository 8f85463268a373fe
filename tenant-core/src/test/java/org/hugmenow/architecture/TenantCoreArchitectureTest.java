package org.hugmenow.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class TenantCoreArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.hugmenow");

    @Test
    void followsTheModuleRules() {
        ModuleArchitectureRules.check(classes);
    }

    @Test
    void tenantDataIsReachedOnlyThroughTenantData() {
        noClasses().that().resideOutsideOfPackage("org.hugmenow.platform.db..")
                .should().dependOnClassesThat().haveSimpleName("SchemaPerTenantConnectionProvider")
                .check(classes);
    }

    @Test
    void theRulesCatchAViolation() {
        JavaClasses bad = new ClassFileImporter().importClasses(org.hugmenow.architecture.fixture.domain.LeakyDomain.class);
        org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class,
                () -> ModuleArchitectureRules.domainIsPlainJava().check(bad));
    }
}
