package org.hugmenow.wellness;

import org.hugmenow.architecture.ModuleArchitectureRules;
import org.hugmenow.architecture.Modules;
import org.junit.jupiter.api.Test;

/** The house rules (docs/architecture.md) for this module's own classes, shared through tenant-core's test-jar. */
class WellnessArchitectureTest {

    @Test
    void followsTheHouseRules() {
        ModuleArchitectureRules.checkModule(Modules.WELLNESS);
    }
}
