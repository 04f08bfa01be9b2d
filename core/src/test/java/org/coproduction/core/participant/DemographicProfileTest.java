package org.coproduction.core.participant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.coproduction.core.disclosure.DisclosureControl;
import org.coproduction.core.disclosure.SmallNumberRule;
import org.coproduction.core.json.CoproductionJson;
import org.coproduction.core.testing.JsonRoundTrip;
import org.coproduction.core.testing.PersonalDataRules;
import org.coproduction.core.testing.Property;
import org.coproduction.core.time.PartialDate;
import org.coproduction.core.validation.ValidationException;
import org.junit.jupiter.api.Test;

class DemographicProfileTest {

    private static Participant person(int n, Demographics demographics) {
        Participant.Builder b = Participant.builder().id(String.format("p-%03d", n))
                .addRole(ParticipantRole.LIVED_EXPERIENCE).involvement(InvolvementLevel.REGULAR_MEMBER)
                .consent(Consent.given(PartialDate.parse("2024-01"), "forum meetings"));
        return demographics == null ? b.build() : b.demographics(demographics).build();
    }

    /**
     * Ten people: age bands 18-64 ×6, 65-74 ×2, 75+ ×1, not stated ×1; carers yes ×8, no ×2 (the person who
     * gave no age band is a carer); disability "no" for everyone; each in a different area.
     */
    private static List<Participant> forum() {
        List<Participant> people = new ArrayList<>();
        String[] bands = {"18-64", "18-64", "18-64", "18-64", "18-64", "18-64", "65-74", "65-74", "75+", null};
        for (int i = 0; i < 10; i++) {
            Demographics.Builder d = Demographics.builder().disability("no")
                    .area("ward " + i);
            if (bands[i] != null) {
                d.ageBand(bands[i]);
            }
            people.add(person(i + 1, d.carer(i != 3 && i != 7).build()));
        }
        return people;
    }

    private static String cells(AttributeProfile attribute) {
        return attribute.cells().toString();
    }

    @Test
    void referenceCaseWithPrimaryAndSecondarySuppression() {
        DemographicProfile profile = DemographicProfile.of(forum(), SmallNumberRule.standard());
        // Worked out by hand with threshold 3: 10 participants.
        assertEquals(Optional.of(10L), profile.participants());
        // Age: 65-74 (2), 75+ (1) and not stated (1) are below 3; three suppressed cells hold 4 > 3 people,
        // so no secondary suppression is needed.
        assertEquals("[18-64: 6, 65-74: [c], 75+: [c], not stated: [c]]",
                cells(profile.attribute(DemographicAttribute.AGE_BAND).orElseThrow()));
        // Carer: "no" (2) is below 3 and alone, so 10 - 8 would give it away: "yes" is suppressed too.
        assertEquals("[no: [c], yes: [c]]", cells(profile.attribute(DemographicAttribute.CARER).orElseThrow()));
        // Disability: one category holding everyone; nobody left it out, so there is no "not stated" cell.
        assertEquals("[no: 10]", cells(profile.attribute(DemographicAttribute.DISABILITY).orElseThrow()));
        // Area: ten categories of one person each; suppressing all ten would still give each away (10 cells,
        // 10 people, each at least 1), so the attribute is withheld.
        AttributeProfile area = profile.attribute(DemographicAttribute.AREA).orElseThrow();
        assertTrue(area.withheld());
        assertTrue(area.cells().isEmpty());
        // Ethnicity: nobody stated it: one "not stated" cell of 10.
        assertEquals("[not stated: 10]", cells(profile.attribute(DemographicAttribute.ETHNICITY).orElseThrow()));
        assertEquals(DemographicAttribute.values().length, profile.attributes().size());
    }

    @Test
    void withdrawnParticipantsAreLeftOut() {
        List<Participant> people = new ArrayList<>(forum());
        // p-009 (75+) withdraws: 9 people, of whom 2 are 65-74 and 1 not stated.
        people.set(8, people.get(8).withConsentWithdrawn(LocalDate.of(2024, 6, 1)));
        DemographicProfile profile = DemographicProfile.of(people, SmallNumberRule.standard());
        assertEquals(Optional.of(9L), profile.participants());
        assertEquals("[18-64: 6, 65-74: [c], not stated: [c]]",
                cells(profile.attribute(DemographicAttribute.AGE_BAND).orElseThrow()));
        // Fewer consenting people than the threshold: nothing at all is shown.
        List<Participant> two = List.of(people.get(0), people.get(1), people.get(8));
        DemographicProfile small = DemographicProfile.of(two, SmallNumberRule.standard());
        assertEquals(Optional.empty(), small.participants());
        assertTrue(small.attributes().isEmpty());
        assertEquals(Optional.empty(), small.attribute(DemographicAttribute.AGE_BAND));
    }

    @Test
    void roundingAndOtherRules() {
        DisclosureControl roundToFive = new DisclosureControl() {
            @Override
            public int threshold() {
                return 3;
            }

            @Override
            public int roundingBase() {
                return 5;
            }

            @Override
            public String toString() {
                return "suppress counts below 3, round to the nearest 5";
            }
        };
        DemographicProfile profile = DemographicProfile.of(forum(), roundToFive);
        // 6 rounds to 5 and 10 to 10 (half up to the nearest 5).
        assertEquals("[18-64: 5, 65-74: [c], 75+: [c], not stated: [c]]",
                cells(profile.attribute(DemographicAttribute.AGE_BAND).orElseThrow()));
        assertEquals(Optional.of(10L), profile.participants());
        assertEquals("suppress counts below 3, round to the nearest 5", profile.rule());
        // Threshold 1 would suppress nothing (every count is at least 1): below the minimum 3, it is refused.
        assertThrows(ValidationException.class, () -> SmallNumberRule.fewerThan(1));
        ValidationException bad = assertThrows(ValidationException.class, () -> SmallNumberRule.fewerThan(0));
        assertEquals("threshold", bad.violations().get(0).path());
        List<Participant> twice = List.of(person(1, null), person(1, null));
        ValidationException repeated = assertThrows(ValidationException.class,
                () -> DemographicProfile.of(twice, SmallNumberRule.standard()));
        assertEquals("participants[1].id", repeated.violations().get(0).path());
    }

    @Test
    void profilesSurviveJsonAndShowNoCategoryInText() {
        DemographicProfile profile = DemographicProfile.of(forum(), SmallNumberRule.standard());
        JsonRoundTrip.assertRoundTrip(profile, DemographicProfile.class);
        assertFalse(profile.toString().contains("18-64"), profile.toString());
        assertFalse(profile.attributes().toString().contains("18-64"), profile.attributes().toString());
        assertTrue(CoproductionJson.write(profile).contains("\"age-band\""));
    }

    /**
     * An attacker's check, independent of the suppression code: is there a table of counts, each listed cell
     * at least 1 and the cells adding up to the published total, that agrees with every published cell but
     * gives the chosen suppressed cell another value? Depth-first search over the suppressed cells.
     */
    private static boolean canDiffer(long[] truth, boolean[] suppressed, int target, long hiddenTotal) {
        List<Integer> hidden = new ArrayList<>();
        for (int i = 0; i < truth.length; i++) {
            if (suppressed[i]) {
                hidden.add(i);
            }
        }
        return search(truth, hidden, 0, hiddenTotal, target, false);
    }

    private static boolean search(long[] truth, List<Integer> hidden, int next, long left, int target, boolean differs) {
        if (next == hidden.size()) {
            return left == 0 && differs;
        }
        int cell = hidden.get(next);
        int remaining = hidden.size() - next - 1;
        for (long v = 1; v <= left - remaining; v++) {
            if (search(truth, hidden, next + 1, left - v, target, differs || (cell == target && v != truth[cell]))) {
                return true;
            }
        }
        return false;
    }

    @Test
    void noSuppressedCellCanBeWorkedOutFromThePublishedFigures() {
        String[] bands = {"18-24", "25-44", "45-64", "65-74", "75-84", "85+"};
        Property.forAll(400, random -> {
            int size = random.nextInt(25);
            int categories = 1 + random.nextInt(bands.length);
            List<Participant> people = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                int pick = random.nextInt(categories + 1);
                Demographics d = pick == categories ? null : Demographics.builder().ageBand(bands[pick]).build();
                Participant p = person(i + 1, d);
                people.add(random.nextInt(8) == 0 ? p.withConsentWithdrawn(LocalDate.of(2024, 5, 1)) : p);
            }
            return Map.entry(people, DisclosureControl.MINIMUM_THRESHOLD + random.nextInt(4));
        }, input -> {
            List<Participant> people = input.getKey();
            int threshold = input.getValue();
            DemographicProfile profile = DemographicProfile.of(people, SmallNumberRule.fewerThan(threshold));
            // Independent count of the consenting people per age band ("" for not stated).
            Map<String, Long> truth = new HashMap<>();
            long consenting = 0;
            for (Participant p : people) {
                if (p.consent().withdrawnOn().isEmpty()) {
                    consenting++;
                    truth.merge(p.demographics().flatMap(Demographics::ageBand).orElse(""), 1L, Long::sum);
                }
            }
            if (consenting < threshold) {
                assertEquals(Optional.empty(), profile.participants());
                assertTrue(profile.attributes().isEmpty());
                return;
            }
            assertEquals(Optional.of(consenting), profile.participants());
            AttributeProfile age = profile.attribute(DemographicAttribute.AGE_BAND).orElseThrow();
            if (age.withheld()) {
                // Withheld only when every category holds one person.
                assertTrue(truth.values().stream().allMatch(n -> n == 1), truth.toString());
                return;
            }
            assertEquals(truth.size(), age.cells().size(), "every occurring category is listed, and only those");
            long[] counts = new long[age.cells().size()];
            boolean[] suppressed = new boolean[counts.length];
            long hiddenTotal = consenting;
            for (int i = 0; i < counts.length; i++) {
                DemographicCount cell = age.cells().get(i);
                counts[i] = truth.get(cell.category().orElse(""));
                suppressed[i] = cell.isSuppressed();
                if (!suppressed[i]) {
                    assertEquals(counts[i], cell.count().orElseThrow().longValue());
                    assertTrue(counts[i] >= threshold, "a published count is below the threshold");
                    hiddenTotal -= counts[i];
                }
            }
            for (int i = 0; i < counts.length; i++) {
                if (suppressed[i]) {
                    assertTrue(canDiffer(counts, suppressed, i, hiddenTotal),
                            "suppressed cell " + i + " can be worked out: " + age.cells() + " of " + consenting);
                }
            }
        });
    }

    @Test
    void noPublicMethodHandsOutOnePersonsDemographics() {
        List<String> packages = PersonalDataRules.exportedPackages("org.coproduction.core");
        List<Class<?>> classes = PersonalDataRules.publicClasses(packages);
        assertTrue(classes.contains(Participant.Builder.class), "the scan must see the builders");
        assertEquals(List.of(), PersonalDataRules.methodsReturningDemographics(classes));
        // The scan finds a leak where there is one: Demographics' own builder is allowed, a holder is not.
        assertEquals(1, PersonalDataRules.methodsReturningDemographics(List.of(Holder.class)).size());
    }

    /** A type that would leak, to show the scan can fail. */
    public static final class Holder {
        /**
         * A leak.
         *
         * @return attributes
         */
        public Optional<Demographics> demographics() {
            return Optional.empty();
        }
    }
}
