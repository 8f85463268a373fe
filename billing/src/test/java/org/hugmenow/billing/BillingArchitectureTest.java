package org.hugmenow.billing;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.hugmenow.architecture.ModuleArchitectureRules;
import org.junit.jupiter.api.Test;

/** DESIGN.md §4's rules for this module's own classes (shared with every module through tenant-core's test-jar). */
class BillingArchitectureTest {

    @Test
    void followsTheModuleRules() {
        ModuleArchitectureRules.check(new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.hugmenow.billing"));
    }
}
