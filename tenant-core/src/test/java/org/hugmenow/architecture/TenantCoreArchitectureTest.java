package org.hugmenow.architecture;

import org.junit.jupiter.api.Test;

/** The house rules (docs/architecture.md) for tenant-core's own classes. */
class TenantCoreArchitectureTest {

    @Test
    void followsTheHouseRules() {
        ModuleArchitectureRules.checkModule(Modules.TENANT_CORE);
    }
}
