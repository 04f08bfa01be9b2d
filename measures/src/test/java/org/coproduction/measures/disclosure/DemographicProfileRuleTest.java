package org.coproduction.measures.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.coproduction.core.participant.AttributeProfile;
import org.coproduction.core.participant.Consent;
import org.coproduction.core.participant.DemographicAttribute;
import org.coproduction.core.participant.DemographicProfile;
import org.coproduction.core.participant.Demographics;
import org.coproduction.core.participant.InvolvementLevel;
import org.coproduction.core.participant.Participant;
import org.coproduction.core.participant.ParticipantRole;
import org.coproduction.core.time.PartialDate;
import org.junit.jupiter.api.Test;

/** The measures module's disclosure rule is the rule demographic profiles are counted under. */
class DemographicProfileRuleTest {

    /** Twelve people: 8 in one area, 3 in another, 1 who did not say. */
    private static List<Participant> group() {
        List<Participant> people = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            Demographics.Builder d = Demographics.builder();
            if (i <= 8) {
                d.area("north");
            } else if (i <= 11) {
                d.area("south");
            }
            people.add(Participant.builder().id(String.format("p-%03d", i)).addRole(ParticipantRole.UNPAID_CARER)
                    .involvement(InvolvementLevel.REGULAR_MEMBER)
                    .consent(Consent.given(PartialDate.parse("2024-01"), "carers forum")).demographics(d.build())
                    .build());
        }
        return people;
    }

    private static AttributeProfile area(DemographicProfile profile) {
        return profile.attribute(DemographicAttribute.AREA).orElseThrow();
    }

    @Test
    void theStandardRuleSuppressesBelowFive() {
        DemographicProfile profile = DemographicProfile.of(group(), DisclosureRule.standard());
        // Worked out by hand: south (3) and not stated (1) are below 5; together they hold 4 > 2 people, so
        // neither can be worked out from 12 - 8 and north stays published.
        assertEquals("[north: 8, south: [c], not stated: [c]]", area(profile).cells().toString());
        assertEquals(Optional.of(12L), profile.participants());
        assertEquals("suppress counts below 5", profile.rule());
    }

    @Test
    void theNhsStyleRuleRoundsToFive() {
        DemographicProfile profile = DemographicProfile.of(group(), DisclosureRule.fewerThan(3).withRoundingBase(5));
        // Below 3: only "not stated" (1), alone, so the smallest published cell (south, 3) is suppressed too;
        // north 8 rounds half up to 10, the total 12 to 10.
        assertEquals("[north: 10, south: [c], not stated: [c]]", area(profile).cells().toString());
        assertEquals(Optional.of(10L), profile.participants());
    }
}
