package org.coproduction.measures.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

    /** Fourteen people: 9 in one area, 3 in another, 2 who did not say. */
    private static List<Participant> group() {
        List<Participant> people = new ArrayList<>();
        for (int i = 1; i <= 14; i++) {
            Demographics.Builder d = Demographics.builder();
            if (i <= 9) {
                d.area("north");
            } else if (i <= 12) {
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
    void theStandardRuleWithholdsExactCounts() {
        DemographicProfile profile = DemographicProfile.of(group(), DisclosureRule.standard());
        // Worked out by hand: south (3) is council text fewer than 5 gave, counted as "other"; other (3) and not
        // stated (2) are below 5 and together hold 5 > 2 people, so north (9) would be published. But 9 becomes 8
        // when one of them leaves: the table is not stable, and is withheld.
        assertEquals(Optional.of(DemographicProfile.UNSTABLE_REASON), area(profile).withheldReason());
        assertEquals(Optional.of(14L), profile.participants());
        assertEquals("suppress counts below 5", profile.rule());
    }

    @Test
    void theNhsStyleRuleRoundsToFive() {
        DisclosureRule nhs = DisclosureRule.fewerThan(3).withRoundingBase(5);
        Map<DemographicAttribute, List<String>> areas = Map.of(DemographicAttribute.AREA, List.of("north", "south"));
        DemographicProfile profile = DemographicProfile.of(group(), nhs, areas);
        // Below 3: only "not stated" (2), alone, so the smallest published cell (south, 3) is suppressed too;
        // north 9 rounds half up to 10, the total 14 to 15. Without one person: north 8 (still 10), south 2 or
        // not stated 1 (both still suppressed): the same cells, so they are published.
        assertEquals("[north: 10, south: [c], not stated: [c]]", area(profile).cells().toString());
        assertEquals(Optional.of(15L), profile.participants());
        // Without the code list "south" is the council's text: with one person fewer, 2 of them would be counted
        // as "other" instead, a different table, so the attribute is withheld.
        assertEquals(Optional.of(DemographicProfile.UNSTABLE_REASON),
                area(DemographicProfile.of(group(), nhs)).withheldReason());
    }

    @Test
    void theReadmeForumOfTwelve() {
        String[] ages = {"18-64", "18-64", "18-64", "18-64", "18-64", "18-64", "65-74", "65-74", "75+", "75+", "75+",
            "75+"};
        List<Participant> forum = new ArrayList<>();
        for (int i = 0; i < ages.length; i++) {
            forum.add(Participant.builder().id("m-" + i).addRole(ParticipantRole.LIVED_EXPERIENCE)
                    .involvement(InvolvementLevel.REGULAR_MEMBER)
                    .consent(Consent.given(PartialDate.parse("2025-01-14"), "forum meetings"))
                    .demographics(Demographics.builder().ageBand(ages[i]).build()).build());
        }
        DemographicProfile profile = DemographicProfile.of(forum, DisclosureRule.fewerThan(3).withRoundingBase(5),
                Map.of(DemographicAttribute.AGE_BAND, List.of("18-64", "65-74", "75+")));
        // As the README works it out by hand.
        assertEquals("[18-64: 5, 65-74: [c], 75+: [c]]",
                profile.attribute(DemographicAttribute.AGE_BAND).orElseThrow().cells().toString());
    }
}
