package org.hugmenow.hr;

import org.hugmenow.architecture.ModuleArchitectureRules;
import org.junit.jupiter.api.Test;

/** DESIGN.md §4's rules for this module's own classes (shared with every module through tenant-core's test-jar). */
class HrConnectorsArchitectureTest {

    @Test
    void followsTheModuleRules() {
        ModuleArchitectureRules.checkModule("org.hugmenow.hr");
    }
}
