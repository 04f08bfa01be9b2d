package org.coproduction.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.coproduction.core.testing.PersonalDataRules;
import org.junit.jupiter.api.Test;

/** No public method of the ladder-assessment module hands out one person's demographic attributes. */
class PersonalDataExposureTest {

    @Test
    void noPublicMethodReturnsDemographics() {
        List<Class<?>> classes = PersonalDataRules.publicClasses(PersonalDataRules.exportedPackages("org.coproduction.assessment"));
        assertTrue(classes.size() > 30, "the scan must see the module's public types, saw " + classes.size());
        assertEquals(List.of(), PersonalDataRules.methodsReturningDemographics(classes));
    }
}
