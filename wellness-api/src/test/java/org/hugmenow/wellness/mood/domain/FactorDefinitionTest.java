package org.hugmenow.wellness.mood.domain;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class FactorDefinitionTest {

    private static FactorDefinition builtin(String key) {
        return FactorDefinition.BUILTIN.stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void builtInFactorsKeepTheirRanges() {
        assertNull(builtin("sleepHours").check(7.5));
        assertNotNull(builtin("sleepHours").check(25));
        assertNotNull(builtin("sleepQuality").check(2.5), "a scale takes whole steps");
        assertNull(builtin("exerciseMinutes").check(1440));
        assertNotNull(builtin("exerciseMinutes").check(-1));
    }

    @Test
    void customKindsAcceptOnlyTheirValues() {
        FactorDefinition yesNo = FactorDefinition.custom("caffeine", "Coffee", FactorKind.YESNO, FactorDefinition.Scope.PERSONAL);
        assertNull(yesNo.check(1));
        assertNotNull(yesNo.check(2));
        FactorDefinition number = FactorDefinition.custom("meetings", "Meetings", FactorKind.NUMBER, FactorDefinition.Scope.TENANT);
        assertNull(number.check(12));
        assertNotNull(number.check(Double.NaN));
    }
}
