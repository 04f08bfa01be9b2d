package org.coproduction.core;

import org.coproduction.core.testing.ModuleRules;
import org.junit.jupiter.api.Test;

class ModuleDescriptorTest {

    @Test
    void exportsTheApiAndNoInternals() {
        ModuleRules.assertExportsApiButNotInternals("org.coproduction.core");
    }
}
